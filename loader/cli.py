"""The ``envoy`` command: load documents, build the warehouse, show what is in it."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import duckdb

from loader.load import DEFAULT_MAX_BYTES, UsageError, default_database, load

PROJECT_DIR = Path(__file__).resolve().parent.parent
SAMPLE_CORPUS = Path(__file__).resolve().parent / "sample_corpus"
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
    try:
        result = load(paths, database, max_bytes=max_bytes, progress=Progress(not quiet))
    except UsageError as exc:
        print(f"envoy load: {exc}", file=sys.stderr)
        return 2
    for rejection in result.rejections:
        where = rejection.source_path
        if rejection.line_number is not None:
            where += f":{rejection.line_number}"
        print(f"rejected {where}: {rejection.reason} ({rejection.detail})", file=sys.stderr)
    if result.rejections:
        print(
            f"see raw.load_errors where load_id = '{result.load_id}' for the rejected inputs",
            file=sys.stderr,
        )
    print(result.summary)
    return 1 if result.rejections else 0


def run_dbt(args: Sequence[str], database: str) -> int:
    """Run dbt from the project folder against ``database``."""
    dbt = Path(sys.executable).parent / "dbt"
    env = {**os.environ, "ENVOY_DB": str(Path(database).resolve()), "DO_NOT_TRACK": "1"}
    return subprocess.call([str(dbt), *args], cwd=PROJECT_DIR, env=env)


def print_summary(database: str, limit: int = 5) -> None:
    con = duckdb.connect(database, read_only=True)
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
    print(f"\nopen it in the DuckDB shell: .venv/bin/duckdb -readonly {database}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="envoy", description=__doc__)
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

    summary_parser = commands.add_parser("summary", help="show what the warehouse holds")
    summary_parser.add_argument("--database", default=argparse.SUPPRESS)

    args = parser.parse_args(argv)
    database = args.database or default_database()

    if args.command == "load":
        return run_load(args.paths, database, args.max_bytes, args.quiet)
    if args.command == "demo":
        status = run_load([str(SAMPLE_CORPUS)], database, DEFAULT_MAX_BYTES, quiet=False)
        if status == 2:
            return status
        if run_dbt(["build", "--quiet"], database) != 0:
            print("envoy demo: dbt build failed (see the output above)", file=sys.stderr)
            return 1
        print_summary(database)
        return 0
    print_summary(database)
    return 0


if __name__ == "__main__":
    sys.exit(main())
