"""The synthetic corpus: deterministic, the right size and shape, loadable, and useful.

The last test builds a warehouse from 60 generated articles and checks that it finds
at least half of the generated meetings (by participant pair)."""

from __future__ import annotations

import json
import statistics
from pathlib import Path

import pytest
from conftest import SESSION_BUILDS, WITHOUT_UNIT_TESTS, dbt_build, query, run_envoy

from synth import PARTICIPANTS_SQL, output, read_truth, score_meetings, synthesize
from synth.builder import ShardWriter
from synth.gazetteer import load_gazetteer


def contents(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def document_sizes(folder: Path) -> list[int]:
    """Bytes per document: a text file, or the text of a JSON Lines record."""
    sizes = [path.stat().st_size for path in folder.rglob("*.txt")]
    for feed in folder.rglob("*.jsonl"):
        for line in feed.read_text(encoding="utf-8").splitlines():
            sizes.append(len(json.loads(line)["text"].encode("utf-8")))
    return sizes


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, Path]:
    """300 articles, the size sample shared by several tests."""
    out = tmp_path_factory.mktemp("synth") / "corpus"
    result = synthesize(300, out, seed=11, jobs=1)
    return out, result.truth_path


def test_same_seed_gives_the_same_bytes_whatever_the_jobs(tmp_path, monkeypatch):
    monkeypatch.setattr(output, "SHARD_SIZE", 50)  # three subfolders from 120 articles
    one = synthesize(120, tmp_path / "one", seed=5, jobs=1)
    two = synthesize(120, tmp_path / "two", seed=5, jobs=2)
    first, second = contents(tmp_path / "one"), contents(tmp_path / "two")
    assert first == second
    assert {name.split("/")[0] for name in first} == {"part-0000", "part-0001", "part-0002"}
    assert one.truth_path.read_bytes() == two.truth_path.read_bytes()


def test_another_seed_gives_other_documents(tmp_path):
    synthesize(40, tmp_path / "a", seed=1, jobs=1)
    synthesize(40, tmp_path / "b", seed=2, jobs=1)
    texts_a = set(contents(tmp_path / "a").values())
    texts_b = set(contents(tmp_path / "b").values())
    assert not texts_a & texts_b


def test_documents_are_distinct_so_none_is_lost_to_deduplication():
    writer = ShardWriter(seed=8, shard=0, g=load_gazetteer())
    texts = [doc.text for doc, _ in writer.documents(3000)]
    assert len(set(texts)) == len(texts) == 3000


def test_writes_the_requested_number_of_documents_and_their_truth(corpus):
    out, truth = corpus
    assert len(document_sizes(out)) == 300
    assert truth.parent == out.parent and truth.name == "corpus.truth.jsonl"
    articles = list(read_truth(truth, "article"))
    meetings = list(read_truth(truth, "meeting"))
    assert len(articles) == 300
    assert len({article["source_file"] for article in articles}) == 300
    without_meeting = sum(1 for article in articles if article["meeting_id"] is None)
    assert 0.2 <= without_meeting / 300 <= 0.4
    shared = sum(1 for meeting in meetings if len(meeting["articles"]) > 1)
    assert 0.1 <= shared / len(meetings) <= 0.3
    assert all(len(set(meeting["participants"])) == 2 for meeting in meetings)


def test_documents_are_about_three_kilobytes(corpus):
    sizes = document_sizes(corpus[0])
    median = statistics.median(sizes)
    print(f"median {median:.0f} bytes, min {min(sizes)}, max {max(sizes)}")
    assert 2000 <= median <= 4000
    assert min(sizes) < 1000 and max(sizes) > 8000  # tiny pages and long ones too


def test_envoy_synth_output_loads_without_rejections(tmp_path):
    out = tmp_path / "corpus"
    made = run_envoy("synth", "--articles", "150", "--out", str(out), "--seed", "3",
                     database=tmp_path / "unused.duckdb")  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "wrote 150 documents" in made.stdout
    database = tmp_path / "w.duckdb"
    loaded = run_envoy("load", str(out), "--quiet", database=database)
    assert loaded.returncode == 0, loaded.stderr
    assert query(database, "select count(*) from raw.load_errors") == [(0,)]
    assert query(database, "select count(*) from raw.documents") == [(150,)]


def build_generated_corpus(folder: Path) -> tuple[Path, Path]:
    """60 generated articles, loaded and built (a session build, beside the others)."""
    out, database = folder / "corpus", folder / "w.duckdb"
    result = synthesize(60, out, seed=23, jobs=1)
    loaded = run_envoy("load", str(out), "--quiet", database=database)
    assert loaded.returncode == 0, loaded.stderr
    dbt_build(database, *WITHOUT_UNIT_TESTS, "--no-write-json")
    return database, result.truth_path


SESSION_BUILDS.define("generated_warehouse", build_generated_corpus)


@pytest.fixture(scope="session")
def generated_warehouse() -> tuple[Path, Path]:
    return SESSION_BUILDS.get("generated_warehouse")


def test_warehouse_finds_most_generated_meetings(generated_warehouse):
    database, truth = generated_warehouse
    score = score_meetings(truth, query(database, PARTICIPANTS_SQL))
    print(score)
    assert score.truth_meetings > 20
    assert score.recall >= 0.5
