"""The mentions and entities marts against the labelled corpora.

The sample gold (tests/fixtures/sample_gold.yaml) lists EVERY entity each article body
mentions, so it measures precision as well as recall; ../shared/gold lists the entities
that must be found, so it measures recall. Both list `forbidden` names that occur only in
the page's boilerplate and must never be attributed to the article. Names are matched
loosely, as ../shared/tools/score.py does (reimplemented here, nothing is imported from
../shared).
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pytest
import yaml
from conftest import DBT, PROJECT_DIR, SHARED_GOLD, norm, query, stem

SAMPLE_GOLD = PROJECT_DIR / "tests" / "fixtures" / "sample_gold.yaml"
MIN_PRECISION = 0.9
MIN_RECALL = 0.9


def name_tokens(name: object) -> list[str]:
    return [token for token in re.split(r"[\s.]+", norm(name).replace("'", "")) if token]


def same_entity(gold: object, got: object) -> bool:
    """Loose name match: equal, one contains the other (over 3 characters), or the same
    surname (last token of over 2 characters)."""
    wanted, found = norm(gold), norm(got)
    if not wanted or not found:
        return False
    if (
        wanted == found
        or (len(wanted) > 3 and wanted in found)
        or (len(found) > 3 and found in wanted)
    ):
        return True
    wanted_tokens, found_tokens = name_tokens(gold), name_tokens(got)
    return bool(
        wanted_tokens
        and found_tokens
        and len(wanted_tokens[-1]) > 2
        and wanted_tokens[-1] == found_tokens[-1]
    )


def load_gold(path: Path) -> dict:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def predicted_entities(database: Path) -> dict[str, dict[str, set[str]]]:
    """Per article (file stem), per entity mentioned: its canonical name and every surface."""
    rows = query(
        database,
        """
        select articles.source_file, mentions.entity_id, entities.name, mentions.surface
        from mentions
        inner join articles on mentions.article_id = articles.article_id
        left join entities on mentions.entity_id = entities.entity_id
        """,
    )
    predicted: dict[str, dict[str, set[str]]] = {}
    for source_file, entity_id, name, surface in rows:
        names = predicted.setdefault(stem(source_file), {}).setdefault(entity_id, set())
        names.update(text for text in (name, surface) if text)
    return predicted


@dataclass
class EntityScore:
    required_found: int = 0
    required: int = 0
    predicted_right: int = 0
    predicted: int = 0
    forbidden_hits: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.required_found / self.required if self.required else 1.0

    @property
    def precision(self) -> float:
        return self.predicted_right / self.predicted if self.predicted else 1.0

    def summary(self) -> str:
        return (
            f"entity recall {self.required_found}/{self.required} = {self.recall:.3f}, "
            f"precision {self.predicted_right}/{self.predicted} = {self.precision:.3f}, "
            f"boilerplate hits {len(self.forbidden_hits)}"
        )


def score_entities(gold: dict, predicted: dict[str, dict[str, set[str]]]) -> EntityScore:
    """Recall over the gold's required names; precision over the distinct entities the
    warehouse gives each gold article (right when one of its names matches a required one)."""
    score = EntityScore()
    for file_name, article in (gold.get("articles") or {}).items():
        wanted = (article.get("entities") or {}).get("required") or []
        forbidden = (article.get("entities") or {}).get("forbidden") or []
        got = predicted.get(stem(file_name), {})
        all_names = set().union(*got.values()) if got else set()
        for name in wanted:
            score.required += 1
            if any(same_entity(name, found) for found in all_names):
                score.required_found += 1
            else:
                score.missed.append(f"{file_name}: {name}")
        for name in forbidden:
            if any(same_entity(name, found) for found in all_names):
                score.forbidden_hits.append(f"{file_name}: {name}")
        for entity_id, names in sorted(got.items()):
            score.predicted += 1
            if any(same_entity(name, found) for name in wanted for found in names):
                score.predicted_right += 1
            else:
                score.spurious.append(f"{file_name}: {entity_id} {sorted(names)}")
    return score


@pytest.fixture(scope="module")
def sample_entity_score(sample_warehouse) -> EntityScore:
    score = score_entities(load_gold(SAMPLE_GOLD), predicted_entities(sample_warehouse))
    print(f"\nsample corpus: {score.summary()}")
    return score


@pytest.fixture(scope="module")
def shared_entity_score(shared_warehouse) -> EntityScore:
    score = score_entities(load_gold(SHARED_GOLD), predicted_entities(shared_warehouse))
    print(f"\nshared corpus: {score.summary()}")
    return score


def test_sample_entity_precision(sample_entity_score):
    score = sample_entity_score
    print(score.summary())
    assert score.precision >= MIN_PRECISION, (
        score.summary() + "\nnot in the gold:\n  " + "\n  ".join(score.spurious)
    )


def test_sample_entity_recall(sample_entity_score):
    score = sample_entity_score
    print(score.summary())
    assert score.recall >= MIN_RECALL, score.summary() + "\nmissed:\n  " + "\n  ".join(score.missed)


def test_sample_boilerplate_names_are_never_entities_of_the_article(sample_entity_score):
    assert sample_entity_score.forbidden_hits == []


def test_shared_entity_recall(shared_entity_score):
    score = shared_entity_score
    print(score.summary())
    assert score.required == 35
    assert score.required_found >= 34, score.summary() + "\nmissed: " + ", ".join(score.missed)


def test_shared_boilerplate_names_are_never_entities_of_the_article(shared_entity_score):
    assert shared_entity_score.forbidden_hits == []


@pytest.mark.parametrize("warehouse", ["sample_warehouse", "shared_warehouse"])
def test_every_surface_is_the_body_at_its_offsets(warehouse, request):
    database = request.getfixturevalue(warehouse)
    rows = query(
        database,
        """
        select mentions.surface, mentions.char_start, mentions.char_end, articles.body
        from mentions
        inner join articles on mentions.article_id = articles.article_id
        """,
    )
    assert rows
    broken = [
        (surface, body[start:end])
        for surface, start, end, body in rows
        if body[start:end] != surface or end <= start
    ]
    assert broken == []


# Each breaks one article of the sample warehouse in a way the data test
# sentences_are_the_body_at_their_offsets must report.
BROKEN_SENTENCES = {
    "a sentence's text is not the body at its offsets": """
        update intermediate.int_article_sentences_split
        set sentence_text = 'X' || substr(sentence_text, 2)
        where sentence_index = 1 and article_id = (select min(article_id) from main.articles)
    """,
    "a visible character between two sentences": """
        update main.articles
        set body = substr(articles.body, 1, sentences.char_end) || 'Z'
            || substr(articles.body, sentences.char_end + 2)
        from intermediate.int_article_sentences_split as sentences
        where
            sentences.article_id = articles.article_id
            and articles.article_id = (select min(article_id) from main.articles)
            and sentences.sentence_index = 1
    """,
    "two sentences overlap": """
        update intermediate.int_article_sentences_split as sentences
        set
            char_start = first.char_start + 1,
            sentence_text = substr(
                articles.body, first.char_start + 2, sentences.char_end - first.char_start - 1
            )
        from main.articles, intermediate.int_article_sentences_split as first
        where
            articles.article_id = sentences.article_id
            and first.article_id = sentences.article_id
            and articles.article_id = (select min(article_id) from main.articles)
            and sentences.sentence_index = 1
            and first.sentence_index = 0
    """,
    "a sentence is missing": """
        delete from intermediate.int_article_sentences_split
        where sentence_index = 1 and article_id = (select min(article_id) from main.articles)
    """,
}


@pytest.mark.parametrize("breakage", list(BROKEN_SENTENCES))
def test_the_sentence_offset_test_reports_a_broken_article(breakage, sample_warehouse, tmp_path):
    database = tmp_path / "broken.duckdb"
    shutil.copy(sample_warehouse, database)
    with duckdb.connect(str(database)) as connection:
        connection.execute(BROKEN_SENTENCES[breakage])
    result = DBT.run(
        ["test", "--select", "sentences_are_the_body_at_their_offsets"], {"ENVOY_DB": str(database)}
    )
    assert result.returncode == 1, result.stdout[-3000:]
    assert "Got 1 result, configured to fail if != 0" in result.stdout, result.stdout[-3000:]


@pytest.mark.parametrize("warehouse", ["sample_warehouse", "shared_warehouse"])
def test_every_mentioned_entity_is_in_entities(warehouse, request):
    database = request.getfixturevalue(warehouse)
    orphans = query(
        database,
        "select distinct entity_id from mentions anti join entities using (entity_id)",
    )
    assert orphans == []


def test_a_person_named_after_a_qualified_title_has_its_country(shared_warehouse):
    """'Russian Consul General Viktorovich': a Russian person, discovered from the title
    when the gazetteer does not know him."""
    rows = query(
        shared_warehouse,
        """
        select entities.entity_type, entities.country_code, count(*)
        from mentions
        inner join entities on mentions.entity_id = entities.entity_id
        where mentions.surface = 'Viktorovich'
        group by all
        """,
    )
    assert rows and [row[:2] for row in rows] == [("person", "RU")]
