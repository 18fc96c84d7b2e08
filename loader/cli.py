"""The ``envoy`` command: load documents, build the warehouse, show what is in it."""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import duckdb

from loader.load import DEFAULT_MAX_BYTES, UsageError, default_database, load
from loader.publish import export_parquet, export_source, publish, published_path
from synth import add_synth_arguments, run_synth

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


def file_size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 1_000_000 else f"{size / 1000:.1f} kB"


def run_publish(database: str, published: str | None) -> int:
    """Copy the working warehouse atomically to the file readers open."""
    try:
        result = publish(database, published_path(database, published))
    except (UsageError, duckdb.Error) as exc:
        print(f"envoy publish: {exc}; the published file is left as it was", file=sys.stderr)
        return 2 if isinstance(exc, UsageError) else 1
    print(
        f"published {result.path} ({result.tables} tables, {result.views} views, "
        f"{file_size(result.size_bytes)}) in {result.seconds:.2f}s"
    )
    print(f"readers open it read-only: .venv/bin/duckdb -readonly {result.path}")
    return 0


def run_build(database: str, published: str | None, dbt_args: str) -> int:
    """`dbt build` on the working warehouse, then publish it if the build passed."""
    if run_dbt(["build", *shlex.split(dbt_args)], database) != 0:
        target = published_path(database, published)
        print(f"envoy build: dbt build failed; {target} is left as it was", file=sys.stderr)
        return 1
    return run_publish(database, published)


def run_export(database: str, published: str | None, folder: str) -> int:
    """Write the contract tables and marts as Parquet, from the published file if any."""
    try:
        source = export_source(database, published_path(database, published))
        exported = export_parquet(source, Path(folder))
    except (UsageError, duckdb.Error) as exc:
        print(f"envoy export: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, UsageError) else 1
    print(f"exported {source} ({file_size(source.stat().st_size)}) to {folder}:")
    for table in exported:
        print(f"  {table.path.name:<32} {table.rows:>9} rows {file_size(table.size_bytes):>10}")
    total = sum(table.size_bytes for table in exported)
    print(f"  {len(exported)} Parquet files, {file_size(total)} in all")
    return 0


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

    published_help = "the file readers open (default: $ENVOY_PUBLISHED, else published.duckdb)"
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
        return run_publish(database, None)
    if args.command == "build":
        return run_build(database, args.published, args.dbt_args)
    if args.command == "publish":
        return run_publish(database, args.published)
    if args.command == "synth":
        return run_synth(args)
    if args.command == "export":
        return run_export(database, args.published, args.folder)
    print_summary(database)
    return 0


if __name__ == "__main__":
    sys.exit(main())
