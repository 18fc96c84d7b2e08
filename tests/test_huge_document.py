"""A huge page beside a small corpus loads whole and builds whole.

The page is generated (synth/huge_page.py): a headline, a dateline and thousands of
paragraphs of news sentences (names, meetings, dates), so that every step has work deep
inside it. A page at the loader's size limit (20 MB) loads whole; a 2 MB page, built with
the five shared pages (a session corpus of conftest.py), keeps every data test and its
article and mentions whole. The 20 MB page's build is measured by the benchmark
(`make bench` with BENCH_HUGE_PAGES=1, docs/scale.md): built here it would take half of
`make test`'s budget.
"""

from __future__ import annotations

import pytest
from conftest import HUGE_PAGE_BYTES, SHARED_CORPUS, query, run_envoy

from loader.load import DEFAULT_MAX_BYTES
from synth.huge_page import huge_page

pytestmark = pytest.mark.slow


def test_a_page_at_the_size_limit_loads_whole(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = huge_page(DEFAULT_MAX_BYTES - 1000)
    assert DEFAULT_MAX_BYTES - 2000 < len(text.encode()) <= DEFAULT_MAX_BYTES
    (corpus / "huge_page.txt").write_text(text, encoding="utf-8")
    database = tmp_path / "w.duckdb"
    loaded = run_envoy("load", str(corpus), "--quiet", database=database)
    assert loaded.returncode == 0, loaded.stderr
    assert query(database, "select byte_size, raw_text = ? from raw.documents", [text]) == [
        (len(text.encode()), True)
    ]


def test_a_2_mb_page_builds_whole(huge_page_warehouse):
    pages = len(list(SHARED_CORPUS.iterdir())) + 1
    assert query(huge_page_warehouse, "select count(*) from articles") == [(pages,)]
    body, mentions = query(
        huge_page_warehouse,
        "select length(body), (select count(*) from mentions where article_id = a.article_id) "
        "from articles as a order by length(body) desc limit 1",
    )[0]
    assert body > 0.9 * HUGE_PAGE_BYTES and mentions > 1_000
