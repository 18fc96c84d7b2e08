"""The ``envoy`` command: load documents, build the warehouse, show what is in it.

The usual path: `envoy load PATH...`, then `envoy build` (dbt build, then publish the
warehouse for readers: `make shell`, `envoy export`, BI tools)."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shlex
import signal
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import duckdb

from loader.load import (
    DEFAULT_MAX_BYTES,
    NothingLoaded,
    UsageError,
    connect,
    default_database,
    load,
)
from loader.publish import export_parquet, export_source, publish, published_path
from synth import add_synth_arguments, run_synth

PROJECT_DIR = Path(__file__).resolve().parent.parent
SAMPLE_CORPUS = Path(__file__).resolve().parent / "sample_corpus"
EXIT_STATUSES = """exit status:
  0    done
  1    done in part: some inputs rejected (load), the dbt build failed (build, demo),
       or a DuckDB error (publish, export)
  2    usage error: a missing path or folder, a bad option
  3    nothing loaded yet: run `envoy load PATH` before `envoy build`
  4    the working warehouse is open in another process (its lock is held)
  5    the working warehouse or its folder is read-only
  130  interrupted (Ctrl-C); a load or a publish leaves everything as it was
"""
EXIT_INTERRUPTED = 130
# How long dbt gets to stop after Ctrl-C before it is killed.
DBT_STOP_SECONDS = 20
SUMMARY_TABLES = (
    "raw.documents",
    "raw.load_errors",
    "main.articles",
    "main.entities",
    "main.mentions",
    "main.meetings",
    "main.meeting_participants",
    "main.meeting_sources",
)


class Progress:
    """A one-line progress bar on a terminal; silent elsewhere."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total == 0:
            return
        width = 30
        filled = int(width * done / total)
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} files")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def run_load(paths: Sequence[str], database: str, max_bytes: int, quiet: bool) -> int:
    result = load(paths, database, max_bytes=max_bytes, progress=Progress(not quiet))
    for label, items in (("rejected", result.rejections), ("warning", result.warnings)):
        for item in items:
            where = item.source_path
            if item.line_number is not None:
                where += f":{item.line_number}"
            print(f"{label} {where}: {item.reason} ({item.detail})", file=sys.stderr)
    if result.rejections:
        print(
            f"see raw.load_errors where load_id = '{result.load_id}' for the rejected inputs",
            file=sys.stderr,
        )
    print(result.summary)
    return 1 if result.rejections else 0


DBT_NODE_LINE = re.compile(r"\b(\d+) of (\d+) (START|OK|PASS|WARN|ERROR|FAIL|SKIP)\b\s*(.*)")


class DbtProgress:
    """dbt's output as one line that counts its nodes, on a terminal; the full output is kept
    and shown from dbt's closing summary on if the build fails."""

    def __init__(self, stream=sys.stderr) -> None:
        self.stream = stream
        self.lines: list[str] = []

    def __call__(self, line: str) -> None:
        self.lines.append(line)
        found = DBT_NODE_LINE.search(line)
        if found and found[3] != "START":
            node = re.sub(r"\s*\.{2,}.*$|\s+\[.*$", "", found[4]).split()[-1:]
            self.stream.write(
                f"\rdbt build: {found[1]:>4}/{found[2]} {found[3]:<5} {' '.join(node)[:50]:<50}"
            )
            self.stream.flush()

    def close(self, status: int) -> None:
        self.stream.write("\r" + " " * 79 + "\r")
        if status != 0:
            summary = next(
                (i for i, line in enumerate(self.lines) if "Finished running" in line), 0
            )
            self.stream.write("".join(self.lines[summary:]))
        self.stream.flush()


def run_dbt(
    args: Sequence[str], database: str, on_line: Callable[[str], None] | None = None
) -> int:
    """Run dbt from the project folder against ``database``; its lines go to ``on_line`` if
    given, else straight to the terminal.

    dbt runs in its own session, so Ctrl-C reaches envoy only: envoy stops dbt (SIGTERM,
    which ends it without a traceback) and raises KeyboardInterrupt."""
    dbt = Path(sys.executable).parent / "dbt"
    env = {
        **os.environ,
        "ENVOY_DB": str(Path(database).resolve()),
        "DO_NOT_TRACK": "1",
        # stopped dbt leaves semaphores to its resource tracker, which says so at length
        "PYTHONWARNINGS": "ignore::UserWarning:multiprocessing.resource_tracker",
    }
    process = subprocess.Popen(
        [str(dbt), *args],
        cwd=PROJECT_DIR,
        env=env,
        start_new_session=True,
        stdout=subprocess.PIPE if on_line else None,
        text=True,
    )
    try:
        if on_line and process.stdout:
            for line in process.stdout:
                on_line(line)
        return process.wait()
    except KeyboardInterrupt:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(DBT_STOP_SECONDS)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        raise


def check_buildable(database: str) -> None:
    """Before dbt runs: the working file exists, holds raw.documents, and this process can
    write it now (not read-only, no other process holding it). Raises a UsageError."""
    not_loaded = NothingLoaded("no documents loaded yet: run envoy load PATH first")
    if not Path(database).is_file():
        raise not_loaded
    con = connect(database)
    try:
        found = con.execute(
            "select count(*) from duckdb_tables() where database_name = current_database() "
            "and schema_name = 'raw' and table_name = 'documents'"
        ).fetchone()[0]
    finally:
        con.close()
    if not found:
        raise not_loaded


def behind_note(database: str, published: Path) -> str | None:
    """A warning if the working warehouse was written after ``published`` was made.

    It compares modification times and never opens the working file (a reader must never
    block a load or a build)."""
    working = Path(database)
    written = [path.stat().st_mtime for path in (working, Path(f"{working}.wal")) if path.exists()]
    if not written or not published.is_file() or max(written) <= published.stat().st_mtime:
        return None
    behind = dt.timedelta(seconds=round(max(written) - published.stat().st_mtime))
    return (
        f"note: {published.name} is behind: {working.name} was written {behind} after it was "
        "published; run `envoy build` (or `envoy publish`) to see the new data"
    )


def warn_if_behind(database: str, published: Path) -> None:
    note = behind_note(database, published)
    if note:
        print(note, file=sys.stderr)


def file_size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 1_000_000 else f"{size / 1000:.1f} kB"


def run_publish(database: str, published: str | None) -> int:
    """Copy the working warehouse atomically to the file readers open."""
    try:
        result = publish(database, published_path(database, published))
    except (UsageError, duckdb.Error) as exc:
        print(f"envoy publish: {exc}; the published file is left as it was", file=sys.stderr)
        return exc.exit_status if isinstance(exc, UsageError) else 1
    print(
        f"published {result.path} ({result.tables} tables, {result.views} views, "
        f"{file_size(result.size_bytes)}) in {result.seconds:.2f}s"
    )
    print(f"readers open it read-only: make shell (or .venv/bin/duckdb -readonly {result.path})")
    return 0


def run_build(database: str, published: str | None, dbt_args: str) -> int:
    """`dbt build` on the working warehouse, then publish it if the build passed."""
    check_buildable(database)
    if run_dbt(["build", *shlex.split(dbt_args)], database) != 0:
        target = published_path(database, published)
        print(f"envoy build: dbt build failed; {target} is left as it was", file=sys.stderr)
        return 1
    return run_publish(database, published)


def run_demo(database: str) -> int:
    """Load the bundled sample, build with a one-line progress, publish, show the result."""
    run_load([str(SAMPLE_CORPUS)], database, DEFAULT_MAX_BYTES, quiet=False)
    progress = DbtProgress() if sys.stderr.isatty() else None
    if progress:
        sys.stderr.write("dbt build: starting (about 15 s on the sample)")
        sys.stderr.flush()
    status = run_dbt(["build"] if progress else ["build", "--quiet"], database, progress)
    if progress:
        progress.close(status)
    if status != 0:
        print("envoy demo: dbt build failed (see the output above)", file=sys.stderr)
        return 1
    status = run_publish(database, None)
    if status == 0:
        print_summary(str(published_path(database)))
    return status


def run_export(database: str, published: str | None, folder: str) -> int:
    """Write the contract tables and marts as Parquet, from the published file if any."""
    target = published_path(database, published)
    try:
        source = export_source(database, target)
        exported = export_parquet(source, Path(folder))
    except (UsageError, duckdb.Error) as exc:
        print(f"envoy export: {exc}", file=sys.stderr)
        return exc.exit_status if isinstance(exc, UsageError) else 1
    if source == target:
        warn_if_behind(database, target)
    print(f"exported {source} ({file_size(source.stat().st_size)}) to {folder}:")
    for table in exported:
        print(f"  {table.path.name:<32} {table.rows:>9} rows {file_size(table.size_bytes):>10}")
    total = sum(table.size_bytes for table in exported)
    print(f"  {len(exported)} Parquet files, {file_size(total)} in all")
    return 0


def print_summary(database: str, limit: int = 5) -> None:
    con = connect(database, read_only=True)
    try:
        print(f"\nwarehouse {database}")
        for table in SUMMARY_TABLES:
            try:
                count = con.execute(f"select count(*) from {table}").fetchone()[0]
            except duckdb.CatalogException:
                continue
            print(f"  {table:<28} {count:>8} rows")
        showcases = {
            "newest articles": "select published_date, outlet, headline from main.articles "
            "order by published_date desc nulls last, headline limit ?",
            "newest meetings": "select meeting_date, location, mode, kind, source_count "
            "from main.meetings order by meeting_date desc nulls last limit ?",
        }
        for title, sql in showcases.items():
            try:
                rows = con.execute(sql, [limit]).fetchall()
            except duckdb.CatalogException:
                continue
            print(f"\n{title}:")
            for row in rows:
                print("  " + " | ".join("" if value is None else str(value) for value in row))
    finally:
        con.close()
    print(f"\nopen it in the DuckDB shell: make shell (or .venv/bin/duckdb -readonly {database})")


def run_summary(database: str, published: str | None) -> int:
    """What the published warehouse holds (the working one before the first publish)."""
    target = published_path(database, published)
    if target.is_file():
        print_summary(str(target))
        warn_if_behind(database, target)
    elif Path(database).is_file():
        print_summary(database)
        print(f"note: not published yet: run `envoy build` to make {target}", file=sys.stderr)
    else:
        raise NothingLoaded("no documents loaded yet: run envoy load PATH first")
    return 0


def run_shell(database: str, published: str | None) -> int:
    """The DuckDB shell, read-only on the published warehouse (it never blocks a writer)."""
    target = published_path(database, published)
    if not target.is_file():
        raise UsageError(f"no {target} yet: run envoy build (or make demo)")
    warn_if_behind(database, target)
    shell = Path(sys.executable).parent / "duckdb"
    os.execv(shell, [str(shell), "-readonly", str(target)])
    return 0  # not reached


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="envoy",
        description=__doc__,
        epilog=EXIT_STATUSES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--database",
        default=None,
        help="DuckDB file (default: $ENVOY_DB, else ./warehouse.duckdb)",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    load_parser = commands.add_parser("load", help="load text and JSON Lines files into raw.*")
    load_parser.add_argument("paths", nargs="+", help="files, folders (recursive) or globs")
    load_parser.add_argument("--database", default=argparse.SUPPRESS)
    load_parser.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES)
    load_parser.add_argument("--quiet", action="store_true", help="print only the summary line")

    demo_parser = commands.add_parser("demo", help="load the bundled sample corpus and build")
    demo_parser.add_argument("--database", default=argparse.SUPPRESS)

    published_help = "the file readers open (default: $ENVOY_PUBLISHED, else published.duckdb)"
    summary_parser = commands.add_parser("summary", help="show what the published warehouse holds")
    summary_parser.add_argument("--database", default=argparse.SUPPRESS)
    summary_parser.add_argument("--published", default=None, help=published_help)
    shell_parser = commands.add_parser(
        "shell", help="the DuckDB shell, read-only on the published warehouse"
    )
    shell_parser.add_argument("--database", default=argparse.SUPPRESS)
    shell_parser.add_argument("--published", default=None, help=published_help)
    build_parser = commands.add_parser("build", help="dbt build, then publish if it passes")
    build_parser.add_argument("--database", default=argparse.SUPPRESS)
    build_parser.add_argument("--published", default=None, help=published_help)
    build_parser.add_argument(
        "--dbt-args",
        default=os.environ.get("ENVOY_DBT_ARGS", ""),
        help="extra dbt build arguments, e.g. --dbt-args='--select articles+' "
        "(default: $ENVOY_DBT_ARGS)",
    )
    publish_parser = commands.add_parser("publish", help="publish without building")
    publish_parser.add_argument("--database", default=argparse.SUPPRESS)
    publish_parser.add_argument("--published", default=None, help=published_help)
    export_parser = commands.add_parser("export", help="write the marts as Parquet files")
    export_parser.add_argument("folder", help="where <table>.parquet files go")
    export_parser.add_argument("--database", default=argparse.SUPPRESS)
    export_parser.add_argument("--published", default=None, help=published_help)
    synth_parser = commands.add_parser("synth", help="write a synthetic corpus and its truth")
    add_synth_arguments(synth_parser)

    args = parser.parse_args(argv)
    database = args.database or default_database()
    try:
        return run_command(args, database)
    except UsageError as exc:
        print(f"envoy {args.command}: {exc}", file=sys.stderr)
        return exc.exit_status
    except KeyboardInterrupt:
        left = {
            "load": "nothing of this run was loaded",
            "build": f"{published_path(database, getattr(args, 'published', None))} is left "
            "as it was",
        }.get(args.command, "stopped")
        print(f"\nenvoy {args.command}: interrupted; {left}", file=sys.stderr)
        return EXIT_INTERRUPTED


def run_command(args: argparse.Namespace, database: str) -> int:
    if args.command == "load":
        return run_load(args.paths, database, args.max_bytes, args.quiet)
    if args.command == "demo":
        return run_demo(database)
    if args.command == "build":
        return run_build(database, args.published, args.dbt_args)
    if args.command == "publish":
        return run_publish(database, args.published)
    if args.command == "synth":
        return run_synth(args)
    if args.command == "export":
        return run_export(database, args.published, args.folder)
    if args.command == "shell":
        return run_shell(database, args.published)
    return run_summary(database, args.published)


if __name__ == "__main__":
    sys.exit(main())
