"""Publish the working warehouse for readers, and export its tables as Parquet.

DuckDB lets one process write a file or many read it, never both. So `envoy load` and
`dbt build` write the working file, and readers (the DuckDB shell, Metabase, Superset,
notebooks) open a published copy read-only. Publishing copies the schemas readers use
(PUBLISHED_SCHEMAS: the marts and the raw documents, not the build's staging, intermediate
and seed tables) into a new file beside the published one, checkpoints and closes it, then
renames it over the published path in one step: a reader that has the old file open keeps
reading it, a reader that opens the path sees the old or the new warehouse, never half of
one, and nothing a reader does can make a load or a build fail.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb

from loader.load import STORAGE_COMPATIBILITY_VERSION, WAREHOUSE_CATALOG, UsageError

DEFAULT_PUBLISHED_NAME = "published.duckdb"
# What readers see: the marts (main) and the loaded documents with their load log (raw).
PUBLISHED_SCHEMAS = ("main", "raw")
CONTRACT_TABLES = (
    "articles",
    "entities",
    "mentions",
    "meetings",
    "meeting_participants",
    "meeting_sources",
)


@dataclass
class PublishResult:
    path: Path
    seconds: float
    size_bytes: int
    tables: int
    views: int


@dataclass
class ExportedTable:
    table: str
    path: Path
    rows: int
    size_bytes: int


def published_path(database: str, published: str | None = None) -> Path:
    """``published``, else $ENVOY_PUBLISHED, else published.duckdb beside the working file."""
    chosen = published or os.environ.get("ENVOY_PUBLISHED")
    if chosen:
        return Path(chosen).resolve()
    return Path(database).resolve().parent / DEFAULT_PUBLISHED_NAME


def quote_identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def unqualify_catalog(sql: str, catalog: str, schemas: list[str]) -> str:
    """Drop ``catalog.`` before ``schema.`` in a view's SQL, so it binds in any catalog.

    dbt writes ``envoy.raw.documents``; in published.duckdb (catalog ``published``)
    that name would not resolve, ``raw.documents`` does.
    """
    catalogs = "|".join(re.escape(form) for form in (catalog, quote_identifier(catalog)))
    names = "|".join(
        re.escape(form) for schema in schemas for form in (schema, quote_identifier(schema))
    )
    return re.sub(rf'(?<![\w"\'.])(?:{catalogs})\.(?=(?:{names})\.)', "", sql)


def _rebind_views(con: duckdb.DuckDBPyConnection, target: str, source: str) -> int:
    """Recreate the copied views without the working file's catalog name, with comments."""
    schemas = [
        row[0]
        for row in con.execute(
            "select schema_name from duckdb_schemas() where database_name = ?", [target]
        ).fetchall()
    ]
    views = con.execute(
        "select schema_name, view_name, sql, comment from duckdb_views() "
        "where database_name = ? and not internal order by schema_name, view_name",
        [target],
    ).fetchall()
    for schema, view, sql, comment in views:
        column_comments = con.execute(
            "select column_name, comment from duckdb_columns() where database_name = ? "
            "and schema_name = ? and table_name = ? and comment is not null",
            [target, schema, view],
        ).fetchall()
        rebound = unqualify_catalog(sql, source, schemas)
        con.execute(re.sub(r"^CREATE VIEW", "CREATE OR REPLACE VIEW", rebound, count=1))
        _restore_view_comments(con, schema, view, comment, column_comments)
    return len(views)


def _restore_view_comments(
    con: duckdb.DuckDBPyConnection,
    schema: str,
    view: str,
    comment: str | None,
    column_comments: list[tuple[str, str]],
) -> None:
    """Put back the comments (dbt's persist_docs) that CREATE OR REPLACE drops."""
    name = f"{quote_identifier(schema)}.{quote_identifier(view)}"
    if comment:
        con.execute(f"comment on view {name} is {quote_literal(comment)}")
    for column, column_comment in column_comments:
        con.execute(
            f"comment on column {name}.{quote_identifier(column)} "
            f"is {quote_literal(column_comment)}"
        )


def _copy_database(source: Path, target_file: Path) -> tuple[int, int]:
    """Copy the PUBLISHED_SCHEMAS of ``source``, their tables, views and comments, into a
    new file."""
    con = duckdb.connect(
        str(target_file), config={"storage_compatibility_version": STORAGE_COMPATIBILITY_VERSION}
    )
    try:
        target = con.execute("select current_database()").fetchone()[0]
        source_catalog = WAREHOUSE_CATALOG
        # Attached under the name dbt's profile gives it: the views' SQL names it.
        con.execute(
            f"attach {quote_literal(str(source))} as {quote_identifier(source_catalog)} (read_only)"
        )
        con.execute(
            f"copy from database {quote_identifier(source_catalog)} to {quote_identifier(target)} "
            "(schema)"
        )
        for (schema,) in con.execute(
            "select schema_name from duckdb_schemas() where database_name = ? and not internal",
            [target],
        ).fetchall():
            if schema not in PUBLISHED_SCHEMAS:
                con.execute(
                    f"drop schema {quote_identifier(target)}.{quote_identifier(schema)} cascade"
                )
        for schema, table in con.execute(
            "select schema_name, table_name from duckdb_tables() where database_name = ?", [target]
        ).fetchall():
            name = f"{quote_identifier(schema)}.{quote_identifier(table)}"
            con.execute(
                f"insert into {quote_identifier(target)}.{name} "
                f"select * from {quote_identifier(source_catalog)}.{name}"
            )
        views = _rebind_views(con, target, source_catalog)
        tables = con.execute(
            "select count(*) from duckdb_tables() where database_name = ?", [target]
        ).fetchone()[0]
        con.execute(f"detach {quote_identifier(source_catalog)}")
        con.execute("checkpoint")
    finally:
        con.close()
    return tables, views


def _remove_quietly(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _fsync_folder(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def publish(database: str, published: Path) -> PublishResult:
    """Copy ``database`` to ``published`` atomically; on any error ``published`` is untouched."""
    started = time.perf_counter()
    source = Path(database).resolve()
    target = published.resolve()
    if not source.is_file():
        raise UsageError(f"no warehouse at {database!r}: run `envoy load` and `envoy build`")
    if source == target:
        raise UsageError("the published file must not be the working file")
    if not target.parent.is_dir():
        raise UsageError(f"the folder of the published file {str(target)!r} does not exist")
    temporary = target.with_name(f"{target.stem}_publishing_{os.getpid()}{target.suffix}")
    temporary_wal = temporary.with_name(temporary.name + ".wal")
    _remove_quietly(temporary, temporary_wal)
    try:
        tables, views = _copy_database(source, temporary)
        if temporary_wal.exists():
            raise RuntimeError(f"{temporary_wal} is left after the checkpoint")
        os.replace(temporary, target)
        _fsync_folder(target.parent)
    finally:
        _remove_quietly(temporary, temporary_wal)
    return PublishResult(
        path=target,
        seconds=time.perf_counter() - started,
        size_bytes=target.stat().st_size,
        tables=tables,
        views=views,
    )


def export_source(database: str, published: Path) -> Path:
    """The file an export reads: the published warehouse if there is one, else the working."""
    if published.is_file():
        return published
    working = Path(database).resolve()
    if not working.is_file():
        raise UsageError(f"no warehouse at {str(published)!r} or {database!r}")
    return working


def _main_relations(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Contract tables first, then every other table or view in schema main (the marts)."""
    found = [
        row[0]
        for row in con.execute(
            "select table_name from duckdb_tables() "
            "where database_name = current_database() and schema_name = 'main' "
            "union select view_name from duckdb_views() "
            "where database_name = current_database() and schema_name = 'main' "
            "and not internal order by 1"
        ).fetchall()
    ]
    missing = [table for table in CONTRACT_TABLES if table not in found]
    if missing:
        raise UsageError(f"the warehouse has no {', '.join(missing)}: run `envoy build`")
    return [*CONTRACT_TABLES, *(name for name in found if name not in CONTRACT_TABLES)]


def export_parquet(source: Path, folder: Path) -> list[ExportedTable]:
    """Write every contract table and analysis mart as ``folder/<table>.parquet``."""
    folder.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(source), read_only=True)
    exported: list[ExportedTable] = []
    try:
        for table in _main_relations(con):
            path = folder / f"{table}.parquet"
            partial = path.with_name(path.name + ".partial")
            con.execute(
                f"copy (select * from main.{quote_identifier(table)}) "
                f"to {quote_literal(str(partial))} (format parquet, compression zstd)"
            )
            os.replace(partial, path)
            rows = con.execute(f"select count(*) from main.{quote_identifier(table)}").fetchone()[0]
            exported.append(ExportedTable(table, path, rows, path.stat().st_size))
    finally:
        con.close()
    return exported
