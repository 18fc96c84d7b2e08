"""dbt in a long-lived process, for the test suite: the project is parsed once per process and
every command after that reuses the parse (dbt's programmatic runner, ``dbtRunner``, given the
parsed manifest), so a build costs its nodes only, not dbt's start-up and parse (about 10 s
of CPU each). The commands are the ones the `dbt` command line would run, with the same
profile: only the parse is shared, and `tests/test_dag.py` checks the parse's manifest.

``python tests/dbt_worker.py FOLDER`` parses into FOLDER/parse (the first worker of a session
parses in full; the next reuses that through dbt's partial parsing), then reads one JSON request
a line on standard input, ``{"args": [...], "env": {...}, "output": "file"}``, runs it with
``env`` added to the environment and dbt's output in ``file``, and answers one JSON line
``{"returncode": 0}`` (1: dbt ran and some node failed, 2: dbt could not run)."""

from __future__ import annotations

import fcntl
import gc
import json
import os
import sys
from pathlib import Path

from dbt.adapters.duckdb.connections import DuckDBConnectionManager
from dbt.cli.main import dbtRunner, dbtRunnerResult


def status(result: dbtRunnerResult) -> int:
    """The exit status the `dbt` command would give."""
    return 0 if result.success else 2 if result.exception else 1


def run(runner: dbtRunner, args: list[str], env: dict[str, str], output: str) -> dbtRunnerResult:
    """One dbt command with ``env`` set and its output (descriptors 1 and 2) in ``output``."""
    saved_env = {name: os.environ.get(name) for name in env}
    os.environ.update(env)
    sys.stdout.flush()
    sys.stderr.flush()
    saved_out, saved_err = os.dup(1), os.dup(2)
    log = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.dup2(log, 1)
    os.dup2(log, 2)
    try:
        return runner.invoke(args)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os.dup2(saved_out, 1)
        os.dup2(saved_err, 2)
        for descriptor in (log, saved_out, saved_err):
            os.close(descriptor)
        # dbt-duckdb keeps its DuckDB instance for the process: let go of the warehouse file
        # (a DuckDB file open for writing cannot be opened by another process at all)
        DuckDBConnectionManager.close_all_connections()
        gc.collect()
        for name, value in saved_env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def main() -> int:
    folder = Path(sys.argv[1])
    replies = os.fdopen(os.dup(1), "w", buffering=1)
    target = folder / "parse"
    parse_env = {"ENVOY_DB": str(folder / "parse.duckdb")}  # never opened: parse needs no database
    output = str(folder / f"parse-{os.getpid()}.log")
    with (folder / "parse.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one parse at a time: the next reuses the first
        parse = ["parse", "--quiet", "--target-path", str(target)]
        parsed = run(dbtRunner(), parse, parse_env, output)
    replies.write(json.dumps({"returncode": status(parsed), "output": output}) + "\n")
    if status(parsed) != 0:
        return status(parsed)
    manifest = parsed.result
    runner = dbtRunner(manifest=manifest)
    for line in sys.stdin:
        request = json.loads(line)
        result = run(runner, request["args"], request.get("env", {}), request["output"])
        replies.write(json.dumps({"returncode": status(result)}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
