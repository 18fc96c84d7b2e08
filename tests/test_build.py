"""End to end: load a corpus, `dbt build`, and check the layers are there."""

from __future__ import annotations

from conftest import query


def test_shared_corpus_gives_five_documents_in_raw_and_staging(shared_warehouse):
    assert query(shared_warehouse, "select count(*) from raw.documents") == [(5,)]
    assert query(shared_warehouse, "select count(*) from staging.stg_loader__documents") == [(5,)]


def test_staging_normalises_text(shared_warehouse):
    rows = query(
        shared_warehouse,
        "select count(*) from staging.stg_loader__documents "
        "where document_text like '%' || chr(13) || '%' or document_text like '%  %' "
        "or document_text like '%' || chr(160) || '%'",
    )
    assert rows == [(0,)]


def test_schemas_are_exactly_the_layer_names(shared_warehouse):
    schemas = {
        row[0]
        for row in query(
            shared_warehouse,
            "select distinct schema_name from duckdb_tables() "
            "union select distinct schema_name from duckdb_views() where not internal",
        )
    }
    assert {"raw", "staging"} <= schemas
    assert not any(schema.startswith("main_") for schema in schemas)


def test_raw_tables_carry_their_descriptions(shared_warehouse):
    # persist_source_docs: _loader__sources.yml reaches the DuckDB shell and BI tools.
    tables = query(
        shared_warehouse,
        "select table_name, comment from duckdb_tables() where schema_name = 'raw'",
    )
    assert {"documents", "document_sources", "loads", "load_errors"} <= {t for t, _ in tables}
    assert all(comment for _, comment in tables), tables
    blank = query(
        shared_warehouse,
        "select table_name, column_name from duckdb_columns() "
        "where schema_name = 'raw' and coalesce(comment, '') = ''",
    )
    assert blank == []
