"""The ten analyst queries (queries/NN_name.sql, shown in docs/queries.md) and the README's
query run on the sample warehouse."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import PROJECT_DIR, query

QUERIES = sorted((PROJECT_DIR / "queries").glob("*.sql"))

# The contract's tables and columns (CONTRACT.md): the queries use nothing else.
CONTRACT = {
    "articles": {
        "article_id",
        "source_file",
        "url",
        "headline",
        "published_date",
        "published_at",
        "outlet",
        "author",
        "dateline",
        "body",
        "word_count",
    },
    "entities": {"entity_id", "name", "entity_type", "country_code", "is_curated"},
    "mentions": {
        "mention_id",
        "article_id",
        "entity_id",
        "surface",
        "sentence_index",
        "char_start",
        "char_end",
    },
    "meetings": {
        "meeting_id",
        "meeting_date",
        "location",
        "mode",
        "status",
        "kind",
        "topics",
        "source_count",
        "evidence",
    },
    "meeting_participants": {"meeting_id", "entity_id", "name", "country_code", "role"},
    "meeting_sources": {"meeting_id", "article_id", "evidence"},
}


def name_of(path: Path) -> str:
    return path.stem


def test_there_are_ten_queries_and_the_docs_show_each():
    assert len(QUERIES) == 10
    docs = (PROJECT_DIR / "docs" / "queries.md").read_text(encoding="utf-8")
    for path in QUERIES:
        assert path.read_text(encoding="utf-8").strip() in docs, path.name


@pytest.mark.parametrize("path", QUERIES, ids=name_of)
def test_query_uses_only_contract_tables_and_columns(path):
    sql = re.sub(r"--[^\n]*", "", path.read_text(encoding="utf-8"))
    tables = set(re.findall(r"\b(?:from|join)\s+(\w+)", sql))
    ctes = set(re.findall(r"\b(\w+) as \(", sql))
    assert tables - ctes <= set(CONTRACT), path.name
    for table, column in re.findall(r"\b(\w+)\.(\w+)\b", sql):
        if table in CONTRACT:
            assert column in CONTRACT[table], f"{path.name}: {table}.{column}"


@pytest.mark.parametrize("path", QUERIES, ids=name_of)
def test_query_returns_rows_on_the_sample_corpus(path, sample_warehouse):
    # The sample corpus has PK-RU meetings, meetings with several sources, Sergey
    # Lavrov's meetings and Shehbaz Sharif's mentions, so every query has rows.
    rows = query(sample_warehouse, path.read_text(encoding="utf-8"))
    assert rows, path.name


def test_the_country_pair_query_finds_pakistan_russia_meetings(sample_warehouse):
    rows = query(sample_warehouse, QUERIES[0].read_text(encoding="utf-8"))
    assert sum(row[1] for row in rows) >= 5


def test_the_evidence_query_shows_several_articles(sample_warehouse):
    path = next(path for path in QUERIES if "evidence" in path.name)
    rows = query(sample_warehouse, path.read_text(encoding="utf-8"))
    assert len(rows) >= 2
    assert all(row[-1] for row in rows), "every source has its evidence sentence"


def test_the_readme_query_gives_the_rows_it_shows(sample_warehouse):
    readme = (PROJECT_DIR / "README.md").read_text(encoding="utf-8")
    sql = re.search(r"```sql\n(.*?)```", readme, re.DOTALL).group(1)
    table = re.search(r"```\n(┌.*?)```", readme, re.DOTALL).group(1)
    shown = [
        [cell.strip() for cell in line.strip("│").split("│")]
        for line in table.splitlines()
        if line.startswith("│")
    ]
    rows = [[str(value) for value in row] for row in query(sample_warehouse, sql)]
    assert rows == shown[1:]
