"""A BI client's view: SQLAlchemy + duckdb-engine on the published file, comments, docs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import sqlalchemy
from conftest import SESSION_BUILDS, query, run_dbt

from loader.publish import CONTRACT_TABLES, publish

DASHBOARD_QUERIES = {
    "meetings by month": "select date_trunc('month', meeting_date) as month, count(*) "
    "from meetings where meeting_date is not null group by 1 order by 1",
    "top participants": "select name, count(*) as meetings from meeting_participants "
    "group by name order by meetings desc, name limit 10",
    "articles per outlet": "select coalesce(outlet, '?') as outlet, count(*) from articles "
    "group by 1 order by 2 desc",
}

HEADLINE_COMMENT = (
    "select comment from duckdb_columns() "
    "where table_name = 'articles' and column_name = 'headline'"
)


@pytest.fixture(scope="module")
def published(tmp_path_factory, sample_warehouse: Path) -> Path:
    folder = tmp_path_factory.mktemp("bi")
    working = Path(shutil.copy(sample_warehouse, folder / sample_warehouse.name))
    return publish(str(working), folder / "published.duckdb").path


def test_sqlalchemy_reads_the_published_file_read_only(published):
    engine = sqlalchemy.create_engine(f"duckdb:///{published}?access_mode=read_only")
    try:
        with engine.connect() as connection:
            tables = set(sqlalchemy.inspect(connection).get_table_names())
            assert set(CONTRACT_TABLES) <= tables
            for title, sql in DASHBOARD_QUERIES.items():
                assert connection.execute(sqlalchemy.text(sql)).fetchall(), title
            with pytest.raises(sqlalchemy.exc.DBAPIError, match="read-only"):
                connection.execute(sqlalchemy.text("create table scratch (x integer)"))
    finally:
        engine.dispose()
    assert query(
        published, "select count(*) from duckdb_tables() where table_name = 'scratch'"
    ) == [(0,)]


def test_sqlalchemy_read_only_connect_args_refuse_writes(published):
    engine = sqlalchemy.create_engine(f"duckdb:///{published}", connect_args={"read_only": True})
    try:
        with engine.connect() as connection:
            count = connection.execute(sqlalchemy.text("select count(*) from meetings")).scalar()
            assert count > 0
            with pytest.raises(sqlalchemy.exc.DBAPIError):
                connection.execute(sqlalchemy.text("delete from meetings"))
    finally:
        engine.dispose()


def test_column_descriptions_are_comments_in_the_warehouse(sample_warehouse, published):
    # persist_docs: the yml descriptions reach the DuckDB shell and BI tools.
    for database in (sample_warehouse, published):
        comment = query(database, HEADLINE_COMMENT)
        assert comment and comment[0][0], database
    # the staging view stays in the working file (the published copy holds main and raw)
    staging = query(
        sample_warehouse,
        "select comment from duckdb_columns() where table_name = 'stg_loader__documents' "
        "and column_name = 'document_id'",
    )
    assert staging and staging[0][0]


def generate_docs(folder: Path) -> Path:
    """`dbt docs generate` on a copy of the sample warehouse, offline (a session build, in the
    background once the sample is built); the docs' folder."""
    sample = SESSION_BUILDS.get("sample_warehouse")
    working = Path(shutil.copy(sample, folder / sample.name))
    target = folder / "target"
    # Any attempt to reach the network would fail through these proxies.
    offline = {"HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9"}
    run_dbt(working, "docs", "generate", "--quiet", "--target-path", str(target), **offline)
    return target


SESSION_BUILDS.define("sample_docs", generate_docs)


@pytest.fixture(scope="session")
def sample_docs() -> Path:
    return SESSION_BUILDS.get("sample_docs")


def test_dbt_docs_generate_works_offline_and_lists_the_exposures(sample_docs):
    target = sample_docs
    assert (target / "index.html").is_file()
    catalog = json.loads((target / "catalog.json").read_text())
    headline = catalog["nodes"]["model.envoy.articles"]["columns"]["headline"]
    assert headline["comment"]
    manifest = json.loads((target / "manifest.json").read_text())
    dashboards = [e for e in manifest["exposures"].values() if e["type"] == "dashboard"]
    assert dashboards
    marts = {f"model.envoy.{table}" for table in CONTRACT_TABLES}
    for exposure in dashboards:
        assert exposure["owner"]["name"]
        assert set(exposure["depends_on"]["nodes"]) <= marts | {
            node for node in manifest["nodes"] if manifest["nodes"][node]["schema"] == "main"
        }
