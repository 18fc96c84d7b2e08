"""`envoy build`, `envoy publish` and `envoy export`: readers never fight the writer."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest
from conftest import BIN, query, run_envoy

from loader.load import connect
from loader.publish import CONTRACT_TABLES, publish, unqualify_catalog

# A second process that opens the published file read-only and keeps it open, as the
# DuckDB shell or a BI tool would: it prints the article count, waits for a line on
# stdin, and prints the count again through the same connection.
HOLDING_READER = textwrap.dedent(
    """
    import sys, duckdb
    con = duckdb.connect(sys.argv[1], read_only=True)
    print(con.execute("select count(*) from articles").fetchone()[0], flush=True)
    sys.stdin.readline()
    print(con.execute("select count(*) from articles").fetchone()[0], flush=True)
    """
)

# A second process that opens the published path again and again while it is replaced.
LOOPING_READER = textwrap.dedent(
    """
    import json, sys, duckdb
    from pathlib import Path
    counts, errors = [], []
    stop = Path(sys.argv[2])
    print("ready", flush=True)
    while not stop.exists() or len(counts) < 5:
        try:
            con = duckdb.connect(sys.argv[1], read_only=True)
            counts.append(con.execute("select count(*) from articles").fetchone()[0])
            con.close()
        except Exception as exc:
            errors.append(repr(exc))
    print(json.dumps({"counts": counts, "errors": errors}))
    """
)

NEW_ARTICLE = (
    "Foreign Office spokesperson briefs reporters\n\n"
    "ISLAMABAD: Foreign Minister Ishaq Dar met Russian Foreign Minister Sergey Lavrov in "
    "Islamabad on Monday and discussed trade and energy cooperation, the Foreign Office said.\n"
)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def count(database: Path, table: str = "articles") -> int:
    return query(database, f"select count(*) from {table}")[0][0]


def leftovers(folder: Path) -> list[str]:
    """Temporary files a publish must never leave behind."""
    return sorted(path.name for path in folder.iterdir() if "publishing" in path.name)


def test_views_lose_the_working_catalog_name_and_nothing_else():
    sql = (
        "CREATE VIEW staging.v AS SELECT 'w.raw.x' AS a, www.raw.y FROM w.raw.documents "
        'JOIN "my-db".intermediate.z USING (id) JOIN w."raw".t USING (id)'
    )
    assert unqualify_catalog(sql, "w", ["raw", "intermediate"]) == sql.replace(
        " w.raw.documents", " raw.documents"
    ).replace(' w."raw"', ' "raw"')
    assert unqualify_catalog(sql, "my-db", ["intermediate"]) == sql.replace('"my-db".', "")


@pytest.fixture
def working(tmp_path: Path, sample_warehouse: Path) -> Path:
    """A copy of the sample warehouse (same file name: dbt's views name its catalog)."""
    folder = tmp_path / "work"
    folder.mkdir()
    return Path(shutil.copy(sample_warehouse, folder / sample_warehouse.name))


@pytest.fixture
def published(working: Path) -> Path:
    """The working copy, published beside it."""
    target = working.parent / "published.duckdb"
    result = run_envoy("publish", "--published", str(target), database=working)
    assert result.returncode == 0, result.stderr
    return target


def test_publish_copies_the_marts_and_raw_with_comments(working, published):
    for table in CONTRACT_TABLES:
        assert count(published, table) == count(working, table), table
    assert count(published, "raw.documents") == count(working, "raw.documents")
    # readers see the marts and the raw documents, not the build's inner layers
    schemas = "select distinct schema_name from duckdb_tables() order by 1"
    assert query(published, schemas) == [("main",), ("raw",)]
    assert ("intermediate",) in query(working, schemas)
    comment_sql = (
        "select comment from duckdb_columns() where schema_name = 'main' "
        "and table_name = 'articles' and column_name = 'article_id'"
    )
    assert query(published, comment_sql) == query(working, comment_sql) != [(None,)]
    assert leftovers(published.parent) == []


def test_published_views_bind_in_the_published_catalog(tmp_path, working):
    con = connect(str(working))  # attached as `envoy`, as dbt names it
    con.execute("create view main.meeting_dates as select meeting_date from envoy.main.meetings")
    con.close()
    published = tmp_path / "published.duckdb"
    assert run_envoy("publish", "--published", str(published), database=working).returncode == 0
    views = query(published, "select schema_name, view_name from duckdb_views() where not internal")
    assert views == [("main", "meeting_dates")]
    assert count(published, "meeting_dates") == count(working, "meetings")


def test_published_file_opens_in_duckdb_1_4_and_later(published):
    tags = query(
        published, "select tags from duckdb_databases() where database_name = current_database()"
    )
    assert tags[0][0]["storage_version"].startswith("v1.4.0")


def test_the_duckdb_shell_reads_the_published_file(working, published):
    shell = subprocess.run(
        [str(BIN / "duckdb"), "-readonly", "-csv", "-noheader", str(published)],
        input="select count(*) from articles;\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert shell.returncode == 0, shell.stderr
    assert shell.stdout.strip() == str(count(working))


def test_a_reader_holding_the_published_file_never_blocks_load_or_build(
    tmp_path, working, published
):
    before = count(published)
    reader = subprocess.Popen(
        [sys.executable, "-c", HOLDING_READER, str(published)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert reader.stdout.readline().strip() == str(before)
        corpus = tmp_path / "more"
        corpus.mkdir()
        (corpus / "dar_lavrov_islamabad.txt").write_text(NEW_ARTICLE, encoding="utf-8")
        loaded = run_envoy("load", str(corpus), database=working)
        assert loaded.returncode == 0, loaded.stderr
        # Only articles and what it is built from (seeds aside) are rebuilt, which keeps
        # the test fast; the publish step is the same as after a full build.
        built = run_envoy(
            "build",
            "--published",
            str(published),
            "--dbt-args",
            "--select +articles --exclude resource_type:seed --quiet",
            database=working,
        )
        assert built.returncode == 0, built.stdout + built.stderr
        assert "published" in built.stdout
        assert reader.poll() is None, "the reader was still holding the file"
        # The reader keeps the warehouse it opened; a new reader sees the new one.
        reader.stdin.write("\n")
        reader.stdin.flush()
        assert reader.stdout.readline().strip() == str(before)
        assert count(published) == before + 1
    finally:
        reader.communicate(timeout=60)
    assert reader.returncode == 0, reader.stderr


def test_readers_opening_during_publishes_see_the_old_or_the_new_warehouse(
    tmp_path, working, sample_warehouse
):
    smaller_folder = tmp_path / "smaller"
    smaller_folder.mkdir()
    smaller = Path(shutil.copy(sample_warehouse, smaller_folder / sample_warehouse.name))
    con = duckdb.connect(str(smaller))
    con.execute(
        "delete from main.articles where article_id = (select min(article_id) from main.articles)"
    )
    con.close()
    target = tmp_path / "readers" / "published.duckdb"
    target.parent.mkdir()
    publish(str(working), target)
    stop = tmp_path / "stop"
    reader = subprocess.Popen(
        [sys.executable, "-c", LOOPING_READER, str(target), str(stop)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert reader.stdout.readline().strip() == "ready"
        for round_number in range(4):
            publish(str(smaller if round_number % 2 == 0 else working), target)
    finally:
        stop.touch()
        out, err = reader.communicate(timeout=120)
    seen = json.loads(out)
    assert reader.returncode == 0, err
    assert seen["errors"] == []
    assert set(seen["counts"]) <= {count(working), count(smaller)}
    assert leftovers(target.parent) == []


def test_a_failed_build_leaves_the_published_file_byte_identical(tmp_path, published):
    before = sha256(published)
    empty = published.parent / "empty.duckdb"
    con = duckdb.connect(str(empty))
    # raw.documents without its columns: the staging model cannot build.
    con.execute("create schema raw; create table raw.documents (x integer)")
    con.close()
    failed = run_envoy(
        "build",
        "--published",
        str(published),
        "--dbt-args",
        "--select stg_loader__documents --quiet",
        database=empty,
    )
    assert failed.returncode == 1
    assert "left as it was" in failed.stderr
    assert sha256(published) == before
    assert leftovers(published.parent) == []


def test_a_failed_publish_leaves_the_published_file_byte_identical(tmp_path, published):
    before = sha256(published)
    # Not a DuckDB file: the copy fails after the temporary file was created.
    corrupt = published.parent / "corrupt.duckdb"
    corrupt.write_bytes(b"not a DuckDB database " * 4096)
    failed = run_envoy("publish", "--published", str(published), database=corrupt)
    assert failed.returncode == 1, failed.stdout
    assert "left as it was" in failed.stderr
    assert sha256(published) == before
    assert leftovers(published.parent) == []
    missing = run_envoy("publish", "--published", str(published), database=tmp_path / "no.duckdb")
    assert missing.returncode == 2
    assert sha256(published) == before


def test_export_writes_every_contract_table_with_the_same_row_counts(tmp_path, published):
    folder = tmp_path / "parquet"
    exported = run_envoy("export", str(folder), "--published", str(published), database=published)
    assert exported.returncode == 0, exported.stderr
    assert str(published) in exported.stdout
    main_tables = {
        row[0]
        for row in query(
            published,
            "select table_name from duckdb_tables() where schema_name = 'main' "
            "union select view_name from duckdb_views() where schema_name = 'main' "
            "and not internal",
        )
    }
    assert set(CONTRACT_TABLES) <= main_tables
    assert {path.name for path in folder.iterdir()} == {f"{t}.parquet" for t in main_tables}
    con = duckdb.connect()
    try:
        for table in main_tables:
            parquet = str(folder / f"{table}.parquet")
            rows = con.execute("select count(*) from read_parquet(?)", [parquet]).fetchone()[0]
            assert rows == count(published, table), table
        topics = con.execute(
            "select typeof(topics) from read_parquet(?) limit 1", [str(folder / "meetings.parquet")]
        ).fetchone()
        assert topics == ("VARCHAR[]",)
    finally:
        con.close()


def test_export_reads_the_working_file_when_nothing_is_published(tmp_path, working):
    folder = tmp_path / "parquet"
    nowhere = tmp_path / "nothing-here.duckdb"
    exported = run_envoy("export", str(folder), "--published", str(nowhere), database=working)
    assert exported.returncode == 0, exported.stderr
    assert str(working) in exported.stdout
    assert (folder / "articles.parquet").is_file()
    assert not nowhere.exists()
