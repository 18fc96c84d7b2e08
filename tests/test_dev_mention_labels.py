"""Mentions on the development pages against a hand-labelled sample.

tests/fixtures/dev_mention_labels.csv holds 150 mentions drawn from the dev warehouse
(place/country and person, weighted towards the generated cities and the newly listed
office holders) and labelled by hand with the entity the surface means in its sentence,
or `none` when it names no place or person (a word, part of a firm's or an office's
name, a language). A label is keyed by the page, the surface and which occurrence of
the surface in the body it is, so it survives changes to the body's boundaries. The
test measures precision: at least 97% of the labels must agree with the warehouse.

The draw (December 2026, on the warehouse built from main at ac64e8c): mentions of
place/country and person entities, in four strata - places only in the generated
gazetteer (all 6 there were), other places (30) and countries (39), people added to the
gazetteer since November or discovered after a title (45), other people (30) - each
taken in the order of md5("source_file|surface|occurrence"), at most 5 per page (49
pages). Labelled by reading each sentence: 134/150 agreed before the fixes of issue #12.
Issue #11 cut captions, a standfirst and aggregator credits from the top of some bodies
(and gave one its lede back): the occurrences of those pages were re-keyed to the same
text, and three labels whose span left the body with a caption now point to the first
occurrence that is still body (read again by hand; the note says so).
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from conftest import PROJECT_DIR, query

LABELS = PROJECT_DIR / "tests" / "fixtures" / "dev_mention_labels.csv"
MIN_AGREEMENT = 0.97


def read_labels() -> list[dict[str, str]]:
    with LABELS.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def nth_occurrence(body: str, surface: str, occurrence: int) -> int | None:
    """Offset of the 0-based n-th occurrence of the surface in the body, if any."""
    position = -1
    for _ in range(occurrence + 1):
        position = body.find(surface, position + 1)
        if position < 0:
            return None
    return position


def entities_at(mentions: list[tuple], start: int, end: int) -> set[str]:
    """Entities of the mentions overlapping [start, end) the most (empty when none do)."""
    overlaps = [
        (min(end, char_end) - max(start, char_start), entity_id)
        for char_start, char_end, entity_id in mentions
        if char_start < end and start < char_end
    ]
    if not overlaps:
        return set()
    best = max(overlap for overlap, _ in overlaps)
    return {entity_id for overlap, entity_id in overlaps if overlap == best}


def test_fixture_is_large_and_balanced():
    labels = read_labels()
    types = Counter(label["entity_type"] for label in labels)
    assert len(labels) >= 150
    assert types["person"] >= 60
    assert types["place"] + types["country"] >= 60
    keys = [(label["source_file"], label["surface"], label["occurrence"]) for label in labels]
    assert len(set(keys)) == len(keys), "a mention is labelled twice"


def test_labelled_mentions_agree(dev_warehouse: Path):
    bodies = dict(query(dev_warehouse, "select source_file, body from main.articles"))
    mentions: dict[str, list[tuple]] = {}
    for source_file, char_start, char_end, entity_id in query(
        dev_warehouse,
        """
        select articles.source_file, mentions.char_start, mentions.char_end, mentions.entity_id
        from main.mentions as mentions
        inner join main.articles as articles on mentions.article_id = articles.article_id
        """,
    ):
        mentions.setdefault(source_file, []).append((char_start, char_end, entity_id))
    labels = read_labels()
    disagreements = []
    for label in labels:
        body = bodies.get(label["source_file"], "")
        start = nth_occurrence(body, label["surface"], int(label["occurrence"]))
        found = (
            set()
            if start is None
            else entities_at(
                mentions.get(label["source_file"], []), start, start + len(label["surface"])
            )
        )
        expected = label["expected_entity_id"]
        agrees = found == {expected} or (expected == "none" and not found)
        if not agrees:
            disagreements.append(
                f"{label['source_file']} {label['surface']!r}#{label['occurrence']}: "
                f"expected {expected}, got {sorted(found) or 'no mention'}"
            )
    agreement = 1 - len(disagreements) / len(labels)
    assert agreement >= MIN_AGREEMENT, f"{agreement:.3f} agree; " + "; ".join(disagreements)
