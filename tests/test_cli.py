"""A user's first hour with `envoy`: each failure is one clear line with its own exit status,
any warehouse file name works, and readers are told when the published copy is behind."""

from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest
from conftest import BIN, PROJECT_DIR, query, run_envoy

from loader.cli import DbtProgress, behind_note

NOTHING_LOADED = "envoy build: no documents loaded yet: run envoy load PATH first\n"
ARTICLE = "ISLAMABAD: The foreign minister met his Russian counterpart on Tuesday.\n"

# A second process that opens the working file for writing and holds it, as a notebook or a
# shell left open on warehouse.duckdb would.
HOLDING_WRITER = textwrap.dedent(
    """
    import sys, duckdb
    con = duckdb.connect(sys.argv[1])
    print("holding", flush=True)
    sys.stdin.readline()
    """
)


def loaded(folder: Path, name: str = "w.duckdb") -> Path:
    """A working warehouse with one document loaded and nothing built."""
    (folder / "in").mkdir(parents=True, exist_ok=True)
    (folder / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    database = folder / name
    assert run_envoy("load", str(folder / "in"), database=database).returncode == 0
    return database


def test_help_lists_the_exit_statuses():
    shown = run_envoy("--help", database=Path("unused.duckdb")).stdout
    for status in ("0 ", "1 ", "2 ", "3 ", "4 ", "5 ", "130 "):
        assert f"\n  {status}" in shown, status


def test_build_before_any_load_says_load_first(tmp_path):
    missing = run_envoy("build", database=tmp_path / "w.duckdb")
    assert (missing.returncode, missing.stderr, missing.stdout) == (3, NOTHING_LOADED, "")
    # a file without raw.documents (a plain `dbt build` or another tool made it)
    duckdb.connect(str(tmp_path / "empty.duckdb")).close()
    empty = run_envoy("build", database=tmp_path / "empty.duckdb")
    assert (empty.returncode, empty.stderr, empty.stdout) == (3, NOTHING_LOADED, "")


def test_a_working_file_open_elsewhere_is_named_with_its_holder(tmp_path):
    database = loaded(tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDING_WRITER, str(database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        program = Path(os.path.realpath(sys.executable)).name
        expected = (
            f"{database} is open in {program} (PID {holder.pid}); close it there (readers "
            "open the published copy: make shell) and try again\n"
        )
        for command in ("build", "load"):
            args = [command] if command == "build" else [command, str(tmp_path / "in")]
            result = run_envoy(*args, database=database)
            assert (result.returncode, result.stderr) == (4, f"envoy {command}: {expected}")
    finally:
        holder.communicate("\n", timeout=30)


def read_only_run(folder: Path, *args: str, database: Path) -> subprocess.CompletedProcess:
    """Run envoy with ``folder`` read-only: a read-only bind mount in a private mount
    namespace (root ignores file modes), else chmod for other users."""
    env = {**os.environ, "ENVOY_DB": str(database)}
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True, check=False)
    if shutil.which("unshare") and probe.returncode == 0:
        script = f'mount --bind -o ro "{folder}" "{folder}" && exec "$0" "$@"'
        command = ["unshare", "-m", "sh", "-c", script, str(BIN / "envoy"), *args]
        return subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if os.geteuid() == 0:
        pytest.skip("as root without unshare no folder is read-only")
    folder.chmod(0o555)
    try:
        return subprocess.run(
            [str(BIN / "envoy"), *args], capture_output=True, text=True, env=env, check=False
        )
    finally:
        folder.chmod(0o755)


def test_a_read_only_warehouse_folder_is_one_line(tmp_path):
    database = loaded(tmp_path / "work")
    expected = (
        f"cannot write '{database.parent}': the warehouse's folder or file is read-only; "
        "copy it to a folder you can write and set ENVOY_DB (or --database)\n"
    )
    for command in ("build", "load"):
        args = [command] if command == "build" else [command, str(tmp_path / "work" / "in")]
        result = read_only_run(database.parent, *args, database=database)
        assert (result.returncode, result.stderr) == (5, f"envoy {command}: {expected}")


DEFAULT_SIGINT_THEN_EXEC = (
    "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
    "os.execv(sys.argv[1], sys.argv[1:])"
)


def test_ctrl_c_during_the_build_is_one_line_and_status_130(tmp_path):
    database = loaded(tmp_path)
    build = subprocess.Popen(
        # Ctrl-C's default action, as at a terminal (a shell's background job ignores it)
        [sys.executable, "-c", DEFAULT_SIGINT_THEN_EXEC, str(BIN / "envoy"), "build"],
        env={**os.environ, "ENVOY_DB": str(database)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal gives a command
    )
    try:
        for line in build.stdout:  # wait until dbt is at work
            if "Found" in line and "models" in line:
                break
        time.sleep(1)
        os.killpg(build.pid, signal.SIGINT)  # what Ctrl-C sends to the foreground group
        rest, errors = build.communicate(timeout=120)
    finally:
        if build.poll() is None:
            build.kill()
    published = tmp_path / "published.duckdb"
    assert build.returncode == 130
    assert errors.strip() == f"envoy build: interrupted; {published} is left as it was"
    assert "Traceback" not in rest and not published.exists()


@pytest.mark.parametrize(
    ("warehouse", "schema"),
    [
        ("sample_warehouse", "seeds"),
        ("incremental_warehouse", "raw"),
        ("shared_warehouse", "main"),
        ("dev_warehouse", "intermediate"),
        ("huge_page_warehouse", "staging"),
    ],
)
def test_a_warehouse_named_after_a_schema_builds_and_publishes(
    tmp_path, request, warehouse, schema
):
    # The session's warehouses are files named after the schemas: each was loaded and built
    # (the sample's build ran the data tests and dbt's unit tests too).
    database = request.getfixturevalue(warehouse)
    assert database.name == f"{schema}.duckdb"
    published = tmp_path / "published.duckdb"
    publishing = run_envoy("publish", "--published", str(published), database=database)
    assert publishing.returncode == 0, publishing.stderr
    documents = query(database, "select count(*) from raw.documents")
    assert query(published, "select count(*) from articles") == documents != [(0,)]
    summary = run_envoy("summary", "--published", str(published), database=database)
    assert summary.returncode == 0 and "main.meetings" in summary.stdout, summary.stderr


@pytest.fixture
def built(tmp_path: Path, sample_warehouse: Path) -> Path:
    """A working warehouse and its published copy beside it."""
    database = Path(shutil.copy(sample_warehouse, tmp_path / "w.duckdb"))
    assert run_envoy("publish", database=database).returncode == 0
    return database


def test_readers_are_told_when_the_published_copy_is_behind(built):
    published = built.parent / "published.duckdb"
    assert run_envoy("summary", database=built).stderr == ""
    earlier = built.stat().st_mtime - 75
    os.utime(published, (earlier, earlier))  # published 75 s before a load or a dbt build
    note = (
        "note: published.duckdb is behind: w.duckdb was written 0:01:15 after it was "
        "published; run `envoy build` (or `envoy publish`) to see the new data\n"
    )
    assert run_envoy("summary", database=built).stderr == note
    exported = run_envoy("export", str(built.parent / "exports"), database=built)
    assert (exported.returncode, exported.stderr) == (0, note)
    shell = run_envoy("shell", database=built, input="select count(*) from articles;\n")
    assert (shell.returncode, shell.stderr) == (0, note)
    assert run_envoy("publish", database=built).returncode == 0
    assert behind_note(str(built), published) is None


def test_the_summary_shows_the_published_copy_and_hints_at_make_shell(built):
    summary = run_envoy("summary", database=built)
    published = built.parent / "published.duckdb"
    assert summary.stdout.rstrip().splitlines()[-1] == (
        f"open it in the DuckDB shell: make shell (or .venv/bin/duckdb -readonly {published})"
    )
    assert f"warehouse {published}" in summary.stdout


def test_dbt_progress_is_one_line_and_a_failure_shows_dbt_summary():
    stream = io.StringIO()
    progress = DbtProgress(stream)
    lines = [
        "07:00:00  Running with dbt=1.11.16\n",
        "07:00:01  1 of 3 START sql view model staging.stg_loader__documents ..... [RUN]\n",
        "07:00:01  1 of 3 OK created sql view model staging.stg_loader__documents  [OK in 0.1s]\n",
        "07:00:02  2 of 3 ERROR creating sql table model main.articles ..... [ERROR in 0.2s]\n",
        "07:00:03  Finished running 3 nodes in 3.00 seconds.\n",
        "07:00:03  Failure in model articles: Binder Error\n",
    ]
    for line in lines:
        progress(line)
    shown = stream.getvalue()
    assert "\rdbt build:    1/3 OK    staging.stg_loader__documents" in shown
    assert "\rdbt build:    2/3 ERROR main.articles" in shown
    assert "Running with dbt" not in shown
    progress.close(1)
    assert stream.getvalue().endswith("".join(lines[-2:]))


def test_make_docs_says_how_to_view_them():
    dry_run = subprocess.run(
        ["make", "-n", "docs"], cwd=PROJECT_DIR, capture_output=True, text=True, check=False
    )
    assert "dbt docs serve --port 8080" in dry_run.stdout
