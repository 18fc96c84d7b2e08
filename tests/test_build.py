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
