"""Load raw documents into DuckDB's ``raw`` schema, in bulk and in one transaction.

Text files are read by DuckDB itself (``read_blob``), hashed with ``sha256`` and decoded
with ``try(decode(...))``; JSON Lines files are split and parsed in SQL. Python only lists
the inputs, checks sizes and decodes the rare UTF-16 file. Every rejected input is kept in
``raw.load_errors`` with its reason; a killed run leaves the database as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import json
import os
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# The oldest DuckDB release whose readers (BI drivers, the shell) must open our files.
STORAGE_COMPATIBILITY_VERSION = "v1.4.0"
BATCH_BYTES = 256 * 1024 * 1024
BATCH_FILES = 20_000
# The catalog name the working file is attached under, here and in dbt's profile: a fixed
# name, so a file called raw.duckdb or seeds.duckdb never clashes with a schema's name.
WAREHOUSE_CATALOG = "envoy"
# A `published` hint with no year in it is not a date (kept, with a warning).
YEAR_REGEX = r"(^|\D)(1[89]|2\d)\d\d(\D|$)"

SCHEMA_SQL = """
create schema if not exists raw;
create table if not exists raw.documents (
    document_id varchar primary key,
    source_file varchar not null,
    source_path varchar not null,
    line_number integer,
    record_id varchar,
    url varchar,
    title varchar,
    published varchar,
    outlet varchar,
    raw_text varchar not null,
    byte_size bigint not null,
    loaded_at timestamp not null,
    load_id varchar not null
);
create table if not exists raw.document_sources (
    document_id varchar not null,
    source_file varchar not null,
    source_path varchar not null,
    line_number integer,
    record_id varchar,
    url varchar,
    load_id varchar not null,
    seen_at timestamp not null
);
create table if not exists raw.loads (
    load_id varchar primary key,
    started_at timestamp not null,
    finished_at timestamp not null,
    inputs varchar[] not null,
    files_read integer not null,
    documents_new integer not null,
    documents_present integer not null,
    rejected integer not null
);
create table if not exists raw.load_errors (
    load_id varchar not null,
    source_path varchar not null,
    line_number integer,
    reason varchar not null,
    detail varchar,
    recorded_at timestamp not null
);
create table if not exists raw.load_warnings (
    load_id varchar not null,
    source_path varchar not null,
    line_number integer,
    reason varchar not null,
    detail varchar,
    recorded_at timestamp not null
);
"""

# One row per input that may become a document; reason is null for good ones.
STAGING_SQL = """
create temp table incoming (
    source_path varchar,
    source_file varchar,
    line_number integer,
    record_id varchar,
    url varchar,
    title varchar,
    published varchar,
    outlet varchar,
    raw_text varchar,
    byte_size bigint,
    reason varchar,
    detail varchar,
    document_id varchar  -- sha256 of raw_text, for good rows only
);
"""

# "Empty": nothing but space, \t \n \v \f \r. A full regular-expression match stops at the
# first other character, so unlike trim(...) = '' it neither copies nor scans a real text.
BLANK_REGEX = r"[ \x09-\x0D]*"

# One pass over the files: read, decode, check and hash; the text is copied once, into
# `incoming`. Rejected rows keep no text.
TEXT_FILES_SQL = r"""
insert into incoming
with blobs as (
    select
        filename as source_path,
        size as byte_size,
        content[1:2] in ('\xFF\xFE'::blob, '\xFE\xFF'::blob) as has_utf16_bom,
        case
            when has_utf16_bom then null
            when content[1:3] = '\xEF\xBB\xBF'::blob then try(decode(content[4:]))
            else try(decode(content))
        end as raw_text
    from read_blob($files)
),

checked as (
    select
        *,
        case
            when has_utf16_bom then 'utf16'
            when raw_text is null then 'not_utf8'
            when contains(raw_text, chr(0)) then 'nul_bytes'
            when regexp_full_match(raw_text, $blank) then 'empty'
        end as reason
    from blobs
)

select
    source_path,
    parse_filename(source_path) as source_file,
    null as line_number,
    null as record_id,
    null as url,
    null as title,
    null as published,
    null as outlet,
    case when reason is null then raw_text end as raw_text,
    byte_size,
    reason,
    case reason
        when 'not_utf8' then 'the file is not valid UTF-8 text; re-encode it as UTF-8'
        when 'nul_bytes' then 'the file contains NUL bytes (binary data?)'
        when 'empty' then 'the file is empty or only white space'
    end as detail,
    case when reason is null then sha256(raw_text) end as document_id
from checked
"""

JSONL_FILES_SQL = r"""
insert into incoming
with blobs as (
    select
        filename as source_path,
        case
            when content[1:3] = '\xEF\xBB\xBF'::blob then try(decode(content[4:]))
            else try(decode(content))
        end as file_text
    from read_blob($files)
),

undecodable as (
    select
        source_path,
        parse_filename(source_path) as source_file,
        null::integer as line_number,
        null as record_id,
        null as url,
        null as title,
        null as published,
        null as outlet,
        null as raw_text,
        null::bigint as byte_size,
        'not_utf8' as reason,
        'the file is not valid UTF-8 text; re-encode it as UTF-8' as detail,
        null as document_id
    from blobs
    where file_text is null
),

split_files as (
    select
        source_path,
        string_split(replace(file_text, chr(13) || chr(10), chr(10)), chr(10)) as file_lines
    from blobs
    where file_text is not null
),

lines as (
    select
        source_path,
        unnest(file_lines) as line,
        generate_subscripts(file_lines, 1) as line_number
    from split_files
),

parsed as (
    select
        source_path,
        line_number,
        line,
        json_valid(line) as is_json
    from lines
    where trim(line) <> ''
),

typed as (
    select
        *,
        case when is_json then json_type(line::json) = 'OBJECT' else false end as is_object
    from parsed
),

records as (
    select
        source_path,
        line_number,
        line,
        is_json,
        is_object,
        case when is_object then json_type(line::json, '$.text') end as text_type,
        case when is_object then line::json ->> '$.text' end as raw_text,
        case when is_object then nullif(trim(line::json ->> '$.id'), '') end as record_id,
        case when is_object then nullif(trim(line::json ->> '$.url'), '') end as url,
        case when is_object then nullif(trim(line::json ->> '$.title'), '') end as title,
        case when is_object then nullif(trim(line::json ->> '$.published'), '') end as published,
        case when is_object then nullif(trim(line::json ->> '$.outlet'), '') end as outlet
    from typed
),

checked as (
    select
        *,
        case
            when not is_object then 'invalid_json'
            when text_type is distinct from 'VARCHAR' then 'missing_text'
            when contains(raw_text, chr(0)) then 'nul_bytes'
            when regexp_full_match(raw_text, $blank) then 'empty'
        end as reason
    from records
)

select
    source_path,
    coalesce(record_id, url, parse_filename(source_path) || ':' || line_number) as source_file,
    line_number,
    record_id,
    url,
    title,
    published,
    outlet,
    case when reason is null then raw_text end as raw_text,
    strlen(raw_text) as byte_size,
    reason,
    case reason
        -- the decoder's message is added in Python (_explain_invalid_json)
        when 'invalid_json' then case when is_json then 'not a JSON object: ' || left(line, 120)
        else line end
        when 'missing_text' then 'the record has no string field "text"'
        when 'nul_bytes' then 'the text contains NUL bytes'
        when 'empty' then 'the text is empty or only white space'
    end as detail,
    case when reason is null then sha256(raw_text) end as document_id
from checked
union all
select * from undecodable
"""

# Run one by one (DuckDB binds parameters only in single statements), in order.
# Deduplication works on small keys: `new_documents` picks, for each id not yet in
# raw.documents, the row where it is first seen (by path, then line); the text is then
# copied once, from `incoming` straight into raw.documents.
MERGE_STATEMENTS = (
    """
create temp table new_documents as
select
    good.document_id,
    arg_min(
        good.row_id,
        good.source_path || ':' || lpad(coalesce(good.line_number, 0)::varchar, 10, '0')
    ) as first_row
from (
    select rowid as row_id, document_id, source_path, line_number
    from incoming
    where reason is null
) as good
anti join raw.documents using (document_id)
group by good.document_id
""",
    """
insert into raw.documents
select
    document_id,
    source_file,
    source_path,
    line_number,
    record_id,
    url,
    title,
    published,
    outlet,
    raw_text,
    byte_size,
    $now,
    $load_id
from incoming
where rowid in (select first_row from new_documents)
""",
    """
insert into raw.document_sources
select distinct on (good.document_id, good.source_path, good.line_number)
    good.document_id,
    good.source_file,
    good.source_path,
    good.line_number,
    good.record_id,
    good.url,
    $load_id,
    $now
from (
    select document_id, source_file, source_path, line_number, record_id, url
    from incoming
    where reason is null
) as good
anti join raw.document_sources as seen
    on good.document_id = seen.document_id
    and good.source_path = seen.source_path
    and good.line_number is not distinct from seen.line_number
""",
    """
insert into raw.load_errors
select $load_id, source_path, line_number, reason, detail, $now
from incoming
where reason is not null
""",
    """
insert into raw.load_warnings
select
    $load_id,
    source_path,
    line_number,
    'published_not_a_date',
    'the "published" hint ''' || left(published, 60) || ''' has no year; the document is '
    || 'kept and its date is read from the text',
    $now
from incoming
where
    rowid in (select first_row from new_documents)
    and published is not null
    and not regexp_matches(published, $year)
""",
)


@dataclass
class Rejection:
    source_path: str
    reason: str
    detail: str
    line_number: int | None = None


@dataclass
class LoadResult:
    load_id: str
    files_read: int = 0
    documents_new: int = 0
    documents_present: int = 0
    rejections: list[Rejection] = field(default_factory=list)
    warnings: list[Rejection] = field(default_factory=list)

    @property
    def summary(self) -> str:
        return (
            f"loaded {self.documents_new} new, {self.documents_present} already present, "
            f"{len(self.rejections)} rejected"
            + (f", {len(self.warnings)} with warnings" if self.warnings else "")
        )


class UsageError(Exception):
    """A problem with how envoy was called or with the warehouse file: one line, no traceback.

    ``exit_status`` is envoy's exit status for it (2 unless a subclass says otherwise)."""

    exit_status = 2


class NothingLoaded(UsageError):
    """A build before any `envoy load`."""

    exit_status = 3


class WarehouseLocked(UsageError):
    """Another process holds the working file."""

    exit_status = 4


class WarehouseNotWritable(UsageError):
    """The working file or its folder is read-only."""

    exit_status = 5


def list_inputs(paths: Iterable[str]) -> dict[str, int]:
    """Files, folders (recursively) and glob patterns to their distinct files: absolute,
    resolved path -> size in bytes, in sorted order.

    Folders are walked like ``Path.rglob("*")`` (linked folders are not entered; files
    whose name starts with a dot are skipped), with ``os.scandir`` and one ``stat`` per
    file: at 100,000 files, 1 s instead of 7 s with rglob + resolve + stat per file."""
    found: dict[str, int] = {}
    for raw in paths:
        candidates = [Path(raw)]
        if not Path(raw).exists() and glob.has_magic(raw):
            candidates = [Path(match) for match in glob.glob(raw, recursive=True)]
            if not candidates:
                raise UsageError(f"no file matches {raw!r}")
        for candidate in candidates:
            if candidate.is_dir():
                _walk(str(candidate.resolve()), found)
            elif candidate.is_file():
                found[str(candidate.resolve())] = candidate.stat().st_size
            else:
                raise UsageError(f"no such file or folder: {raw!r}")
    # The order of Path objects (by path component), as sorted(list of Path) gives.
    return {path: found[path] for path in sorted(found, key=lambda path: path.split(os.sep))}


def _walk(folder: str, found: dict[str, int]) -> None:
    """Add the files under ``folder`` (itself resolved) to ``found``."""
    pending = [folder]
    while pending:
        try:
            entries = list(os.scandir(pending.pop()))
        except PermissionError:
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                pending.append(entry.path)
            elif not entry.name.startswith(".") and entry.is_file():
                # Below a resolved folder, only a linked file needs resolving.
                path = os.path.realpath(entry.path) if entry.is_symlink() else entry.path
                try:
                    found[path] = entry.stat().st_size
                except FileNotFoundError:  # removed while we were listing
                    continue


def expand_inputs(paths: Iterable[str]) -> list[Path]:
    """Files, folders (recursively) and glob patterns to a sorted list of distinct files."""
    return [Path(path) for path in list_inputs(paths)]


def _suffix(path: str) -> str:
    """``Path(path).suffix.lower()``, without making a Path."""
    name = os.path.basename(path)
    dot = name.rfind(".")
    return name[dot:].lower() if 0 < dot < len(name) - 1 else ""


def check_writable(database: str) -> None:
    """Raise WarehouseNotWritable if ``database`` (or the folder it would be made in, where
    DuckDB also writes its .wal file) cannot be written by this user."""
    target = Path(database)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.exists():
        raise UsageError(f"the folder of the database {database!r} does not exist")
    for path in (folder, target) if target.exists() else (folder,):
        if not os.access(path, os.W_OK):
            raise WarehouseNotWritable(
                f"cannot write {str(path)!r}: the warehouse's folder or file is read-only; "
                "copy it to a folder you can write and set ENVOY_DB (or --database)"
            )


def lock_holder(message: str) -> str:
    """'PID 123' (and the program) from DuckDB's lock error, else 'another process'."""
    found = re.search(r"is held in (\S+) \(PID (\d+)\)", message)
    return f"{Path(found[1]).name} (PID {found[2]})" if found else "another process"


def connect(database: str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (or create) the warehouse under the catalog name WAREHOUSE_CATALOG, with a storage
    format that older DuckDB readers open."""
    if not read_only:
        check_writable(database)
    con = duckdb.connect(config={"storage_compatibility_version": STORAGE_COMPATIBILITY_VERSION})
    quoted = "'" + database.replace("'", "''") + "'"
    try:
        con.execute(
            f"attach {quoted} as {WAREHOUSE_CATALOG}" + (" (read_only)" if read_only else "")
        )
    except duckdb.Error as exc:
        con.close()
        if "Could not set lock" in str(exc):
            raise WarehouseLocked(
                f"{database} is open in {lock_holder(str(exc))}; close it there (readers "
                "open the published copy: make shell) and try again"
            ) from exc
        mode = "reading" if read_only else "writing"
        raise UsageError(f"cannot open the database {database!r} for {mode}: {exc}") from exc
    con.execute(f"use {WAREHOUSE_CATALOG}")
    return con


def _batches(files: list[tuple[str, int]]) -> Iterable[list[str]]:
    """Groups of files small enough to read in one statement (for memory)."""
    batch: list[str] = []
    size = 0
    for path, file_size in files:
        batch.append(path)
        size += file_size
        if size >= BATCH_BYTES or len(batch) >= BATCH_FILES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _stage_utf16(con: duckdb.DuckDBPyConnection) -> None:
    """Decode the (rare) UTF-16 files in Python, which DuckDB's decode cannot."""
    paths = [
        row[0]
        for row in con.execute("select source_path from incoming where reason = 'utf16'").fetchall()
    ]
    for path in paths:
        try:
            text = Path(path).read_bytes().decode("utf-16")
        except UnicodeDecodeError:
            text, reason = None, "not_utf8"
        else:
            reason = "empty" if not text.strip() else ("nul_bytes" if "\x00" in text else None)
        con.execute(
            "update incoming set raw_text = $text, reason = $reason, detail = $detail, "
            "document_id = sha256($text) where source_path = $path and reason = 'utf16'",
            {
                "text": text if reason is None else None,
                "reason": reason,
                "detail": None if reason is None else f"UTF-16 file: {reason.replace('_', ' ')}",
                "path": path,
            },
        )


def _explain_invalid_json(con: duckdb.DuckDBPyConnection) -> None:
    """Put the JSON decoder's message in the detail of each line that is not JSON."""
    lines = con.execute(
        "select rowid, detail from incoming where reason = 'invalid_json' "
        "and not starts_with(detail, 'not a JSON object: ')"
    ).fetchall()
    if not lines:
        return
    explained = []
    for row_id, line in lines:
        try:
            json.loads(line)
            problem = "DuckDB's JSON reader refuses it"
        except ValueError as exc:
            problem = f"{exc.msg} at column {exc.colno}" if hasattr(exc, "colno") else str(exc)
        explained.append((row_id, f"invalid JSON: {problem}: {line[:120]}"))
    con.execute("create temp table explained (row_id bigint, detail varchar)")
    con.executemany("insert into explained values (?, ?)", explained)
    con.execute(
        "update incoming set detail = explained.detail from explained "
        "where incoming.rowid = explained.row_id"
    )
    con.execute("drop table explained")


def load(
    paths: Iterable[str],
    database: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Callable[[int, int], None] | None = None,
) -> LoadResult:
    """Load every input into ``database`` in one transaction and return what happened."""
    inputs = list(paths)
    files = list_inputs(inputs)
    con = connect(database)
    result = LoadResult(load_id=str(uuid.uuid4()))
    try:
        # Row order means nothing here (the first source of a text is chosen by path), and
        # keeping it made staging from read_blob 2-3x slower and 10x bigger in memory
        # (10,000 files: 3.6 s CPU and 1.5 GB, against 1.5 s and 160 MB without).
        # envoy shows its own progress, not DuckDB's bar.
        con.execute("set preserve_insertion_order = false")
        con.execute("set enable_progress_bar = false")
        con.execute(SCHEMA_SQL)
        started_at = dt.datetime.now()
        con.execute("begin transaction")
        con.execute(STAGING_SQL)
        text_files: list[tuple[str, int]] = []
        jsonl_files: list[tuple[str, int]] = []
        rejects: list[tuple[str, str, str]] = []
        for path, size in files.items():
            suffix = _suffix(path)
            if suffix not in TEXT_SUFFIXES | JSONL_SUFFIXES:
                kind = suffix or "no extension"
                rejects.append(
                    (path, "unsupported_type", f"'{kind}' is not .txt/.text/.md/.jsonl/.ndjson")
                )
            elif size > max_bytes:
                rejects.append(
                    (
                        path,
                        "too_large",
                        f"{size} bytes is over the limit of {max_bytes} (--max-bytes)",
                    )
                )
            elif suffix in TEXT_SUFFIXES:
                text_files.append((path, size))
            else:
                jsonl_files.append((path, size))
        if rejects:
            con.executemany(
                "insert into incoming (source_path, source_file, reason, detail) "
                "values (?, parse_filename(?), ?, ?)",
                [(p, p, r, d) for p, r, d in rejects],
            )
        done = len(rejects)
        total = len(files)
        for sql, group in ((TEXT_FILES_SQL, text_files), (JSONL_FILES_SQL, jsonl_files)):
            for batch in _batches(group):
                con.execute(sql, {"files": batch, "blank": BLANK_REGEX})
                done += len(batch)
                if progress:
                    progress(done, total)
        _stage_utf16(con)
        _explain_invalid_json(con)
        now = con.execute("select current_localtimestamp()").fetchone()[0]
        for statement in MERGE_STATEMENTS:
            params = {"load_id": result.load_id, "now": now, "year": YEAR_REGEX}
            con.execute(statement, {k: v for k, v in params.items() if f"${k}" in statement})
        counts = con.execute(
            "select (select count(*) from new_documents), "
            "(select count(*) from incoming where reason is null)"
        ).fetchone()
        result.files_read = total
        result.documents_new = counts[0]
        result.documents_present = counts[1] - counts[0]
        result.rejections = [
            Rejection(source_path=row[0], line_number=row[1], reason=row[2], detail=row[3])
            for row in con.execute(
                "select source_path, line_number, reason, detail from incoming "
                "where reason is not null order by source_path, line_number"
            ).fetchall()
        ]
        result.warnings = [
            Rejection(source_path=row[0], line_number=row[1], reason=row[2], detail=row[3])
            for row in con.execute(
                "select source_path, line_number, reason, detail from raw.load_warnings "
                "where load_id = ? order by source_path, line_number",
                [result.load_id],
            ).fetchall()
        ]
        # Inside the transaction current_localtimestamp() stays at its start.
        con.execute(
            "insert into raw.loads values ($load_id, $started, $finished, $inputs, $files, $new, "
            "$present, $rejected)",
            {
                "load_id": result.load_id,
                "started": started_at,
                "finished": dt.datetime.now(),
                "inputs": inputs,
                "files": total,
                "new": result.documents_new,
                "present": result.documents_present,
                "rejected": len(result.rejections),
            },
        )
        con.execute("commit")
    except BaseException:
        # Nothing of a failed run stays: the transaction is rolled back.
        with contextlib.suppress(duckdb.Error):
            con.execute("rollback")
        raise
    finally:
        con.close()
    return result


def default_database() -> str:
    return os.environ.get("ENVOY_DB") or "warehouse.duckdb"
