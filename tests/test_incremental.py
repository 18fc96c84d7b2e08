"""Incremental rebuilds: after a second load, `dbt build` processes only the new
documents, and gives the same contract tables as a full refresh of the whole corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import PROJECT_DIR, SENTINEL, query

from loader.load import connect

CONTRACT_TABLES = {
    # table: columns that legitimately differ between the two warehouses
    "articles": ["loaded_at"],
    "entities": [],
    "mentions": ["loaded_at"],
    "meetings": [],
    "meeting_participants": [],
    "meeting_sources": [],
}

PER_ARTICLE_MODELS = [
    "intermediate.int_document_lines_split",
    "intermediate.int_document_lines_classified",
    "intermediate.int_document_lines_zoned",
    "intermediate.int_article_header_lines_selected",
    "intermediate.int_article_bodies_assembled",
    "intermediate.int_article_dates_resolved",
    "intermediate.int_article_outlets_resolved",
    "intermediate.int_article_authors_resolved",
    "intermediate.int_articles_finalized",
    "main.articles",
    "intermediate.int_article_sentences_split",
    "intermediate.int_sentence_words_listed",
    "intermediate.int_mentions_matched_to_aliases",
    "intermediate.int_mentions_resolved_to_entities",
    "intermediate.int_titles_located",
    "intermediate.int_titled_names_linked",
    "intermediate.int_standalone_titles_selected",
    "intermediate.int_article_people_located",
    "intermediate.int_article_people_offices_found",
    "intermediate.int_standalone_titles_paired_with_earlier_people",
    "intermediate.int_roles_resolved_to_named_office_holders",
    "intermediate.int_roles_resolved_to_counterparts",
    "intermediate.int_roles_resolved_to_office_holders_of_the_day",
    "intermediate.int_roles_resolved_to_people",
    "intermediate.int_organizations_discovered",
    "intermediate.int_mentions_combined",
    "main.mentions",
    "intermediate.int_meeting_sentences_detected",
    "intermediate.int_sentence_dates_found",
    "intermediate.int_quote_speakers_found",
    "intermediate.int_meeting_pronouns_resolved",
    "intermediate.int_meeting_participants_listed",
    "intermediate.int_meeting_subjects_found",
    "intermediate.int_meeting_claims_paired",
    "intermediate.int_meeting_claims_merged_in_article",
    "intermediate.int_meeting_claims_dated_and_placed",
]


def _rows(database: Path, table: str, ignore: list[str]) -> list[tuple]:
    exclude = f" exclude ({', '.join(ignore)})" if ignore else ""
    return query(database, f"select *{exclude} from main.{table} order by all")


@pytest.fixture(scope="module")
def warehouses(incremental_warehouse, sample_warehouse):
    """A: first part loaded and built, then the rest loaded and built incrementally (a session
    build, conftest.built_in_two_loads). B: the whole corpus loaded at once and built in full
    (the shared sample warehouse)."""
    first_load = query(
        incremental_warehouse,
        "select count(*) from raw.documents "
        "where loaded_at = (select min(loaded_at) from raw.documents)",
    )[0][0]
    run_results = incremental_warehouse.parent / "target" / "run_results.json"
    return {
        "incremental": incremental_warehouse,
        "full": sample_warehouse,
        "old_count": first_load,
        "run_results": json.loads(run_results.read_text()),
    }


@pytest.mark.parametrize("table", sorted(CONTRACT_TABLES))
def test_incremental_build_equals_full_refresh(warehouses, table):
    ignore = CONTRACT_TABLES[table]
    incremental_rows = _rows(warehouses["incremental"], table, ignore)
    full_rows = _rows(warehouses["full"], table, ignore)
    assert incremental_rows, table
    assert incremental_rows == full_rows


def test_both_builds_see_every_document(warehouses):
    for database in (warehouses["incremental"], warehouses["full"]):
        documents = query(database, "select count(*) from raw.documents")[0][0]
        assert query(database, "select count(*) from main.articles") == [(documents,)]
    articles = query(warehouses["incremental"], "select count(*) from main.articles")[0][0]
    assert 0 < warehouses["old_count"] < articles


def test_second_build_left_old_rows_alone(warehouses):
    rows = query(
        warehouses["incremental"],
        "select count(*) from intermediate.int_document_lines_split where line_text = ?",
        [SENTINEL],
    )
    assert rows == [(1,)]


def test_per_article_models_are_incremental_tables_with_both_loads(warehouses):
    con = connect(str(warehouses["incremental"]), read_only=True)  # one for the many queries
    try:
        check_incremental_tables(lambda sql, params=(): con.execute(sql, params).fetchall())
    finally:
        con.close()


def check_incremental_tables(query) -> None:
    loads = [row[0] for row in query("select distinct loaded_at from raw.documents")]
    assert len(loads) == 2
    for model in PER_ARTICLE_MODELS:
        schema, name = model.split(".")
        assert query(
            "select count(*) from duckdb_tables() where schema_name = ? and table_name = ?",
            [schema, name],
        ) == [(1,)], model
        # every row carries its document's load: old rows the first load's, new the second's
        columns = {
            row[0]
            for row in query(
                "select column_name from duckdb_columns() where schema_name = ? and table_name = ?",
                [schema, name],
            )
        }
        key = "document_id" if "document_id" in columns else "article_id"
        assert query(
            f"select count(*) from {model} as m "
            f"left join raw.documents as d on m.{key} = d.document_id "
            "where m.loaded_at is distinct from d.loaded_at",
        ) == [(0,)], model
        times = {row[0] for row in query(f"select distinct loaded_at from {model}")}
        assert times <= set(loads), model
        if model.endswith(
            ("_split", "_classified", "_zoned", "_assembled", "_finalized", "articles", "_listed")
        ):
            assert times == set(loads), model


def test_second_build_ran_the_models_incrementally(warehouses):
    compiled = {
        result["unique_id"].split(".")[-1]: result.get("compiled_code") or ""
        for result in warehouses["run_results"]["results"]
        if result["unique_id"].startswith("model.")
    }
    for model in PER_ARTICLE_MODELS:
        name = model.split(".")[1]
        assert name in compiled, name
        assert "coalesce(max(loaded_at), '-infinity'::timestamp)" in compiled[name], name


def test_project_has_the_watermark_macro():
    assert (PROJECT_DIR / "macros" / "only_new_documents.sql").is_file()
