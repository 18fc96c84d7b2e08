"""The meetings marts against the labelled corpora, scored as ../shared/tools/score.py does.

A predicted meeting matches a gold meeting when its participants cover the gold ones
(loose name match) and it shares a source article with it. Every gold meeting may absorb
one predicted row; more rows for it are duplicates, rows matching no gold meeting are
spurious. Gold meetings marked `optional` neither help nor hurt. The matching is
reimplemented here; nothing is imported from ../shared.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from conftest import DEV_GOLD, SHARED_GOLD, as_date, query
from test_mentions import SAMPLE_GOLD, load_gold, norm, same_entity, stem

MIN_PRECISION = 0.9
MIN_RECALL = 0.9
# Floors on the labelled real pages, under what the warehouse reaches: the seed pages
# (../shared/corpus) and the 60 development pages (../shared/dev; measured here F1 0.835,
# fields 184/208, merged 13/21 on 2026-12-04; the floors leave room for a row or two, since
# a general fix may trade one page for others).
SHARED_FLOORS = {"f1": 0.95, "fields": 0.9, "merged": 1.0}
DEV_FLOORS = {"f1": 0.8, "fields": 0.85, "merged": 0.65}


@dataclass
class Predicted:
    meeting_id: str
    meeting_date: dt.date | None
    location: str | None
    mode: str
    status: str
    names: list[str] = field(default_factory=list)
    files: set[str] = field(default_factory=set)


@dataclass
class MeetingScore:
    gold_meetings: int = 0
    found: int = 0
    true_positives: int = 0
    duplicates: int = 0
    spurious: int = 0
    fields_ok: int = 0
    fields: int = 0
    merged_ok: int = 0
    merged: int = 0
    rows: int = 0
    report: list[str] = field(default_factory=list)

    @property
    def predicted(self) -> int:
        return self.true_positives + self.duplicates + self.spurious

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold_meetings if self.gold_meetings else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def summary(self) -> str:
        return (
            f"meetings P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} "
            f"(found {self.found}/{self.gold_meetings}, rows {self.rows}, "
            f"duplicates {self.duplicates}, spurious {self.spurious}), "
            f"fields {self.fields_ok}/{self.fields}, merged {self.merged_ok}/{self.merged}"
        )

    def details(self) -> str:
        return self.summary() + "\n  " + "\n  ".join(self.report)


def predicted_meetings(database: Path) -> dict[str, Predicted]:
    meetings = {
        meeting_id: Predicted(meeting_id, as_date(meeting_date), location, mode, status)
        for meeting_id, meeting_date, location, mode, status in query(
            database, "select meeting_id, meeting_date, location, mode, status from meetings"
        )
    }
    participants = query(
        database,
        """
        select participants.meeting_id, coalesce(participants.name, entities.name)
        from meeting_participants as participants
        left join entities on participants.entity_id = entities.entity_id
        """,
    )
    for meeting_id, name in participants:
        if meeting_id in meetings and name:
            meetings[meeting_id].names.append(name)
    sources = query(
        database,
        """
        select sources.meeting_id, articles.source_file
        from meeting_sources as sources
        inner join articles on sources.article_id = articles.article_id
        """,
    )
    for meeting_id, source_file in sources:
        if meeting_id in meetings:
            meetings[meeting_id].files.add(stem(source_file))
    return meetings


def covers(predicted: Predicted, gold: dict) -> bool:
    wanted = gold.get("participants") or []
    if not wanted:
        return bool(set(gold["sources"]) & predicted.files)
    return all(any(same_entity(name, got) for got in predicted.names) for name in wanted)


def field_checks(gold: dict, best: Predicted) -> list[tuple[str, object, object, bool]]:
    want_date = as_date(gold.get("date"))
    allowed = [as_date(value) for value in gold.get("date_allow", [])]
    got_date = best.meeting_date
    checks = [
        (
            "date",
            want_date,
            got_date,
            got_date == want_date or (got_date is not None and got_date in allowed),
        )
    ]
    if "location" in gold:
        got = best.location
        right = (
            (not got)
            if gold["location"] is None
            else bool(got and same_entity(gold["location"], got))
        )
        checks.append(("location", gold["location"], got, right))
    for key in ("mode", "status"):
        if key in gold:
            got = getattr(best, key)
            checks.append((key, gold[key], got, norm(gold[key]) == norm(got)))
    return checks


def score_meetings(gold: dict, meetings: dict[str, Predicted]) -> MeetingScore:
    score = MeetingScore(rows=len(meetings))
    gold_meetings = []
    for meeting in gold.get("meetings") or []:
        mentioned_only = meeting.get("mentioned_in") or []
        sources = meeting.get("sources") or []
        gold_meetings.append(
            {
                **meeting,
                "sources": [stem(source) for source in sources],
                "must_link": [stem(source) for source in sources if source not in mentioned_only],
            }
        )
    used: dict[str, str] = {}  # predicted meeting_id -> gold id
    for meeting in gold_meetings:
        candidates = [
            predicted
            for predicted in meetings.values()
            if covers(predicted, meeting)
            and (not meeting["sources"] or predicted.files & set(meeting["sources"]))
        ]
        for predicted in candidates:
            used.setdefault(predicted.meeting_id, meeting["id"])
        if meeting.get("optional"):
            continue
        score.gold_meetings += 1
        if not candidates:
            score.report.append(f"meeting {meeting['id']}: NOT FOUND")
            continue
        score.found += 1
        best = max(candidates, key=lambda predicted: len(predicted.files & set(meeting["sources"])))
        for name, want, got, right in field_checks(meeting, best):
            score.fields += 1
            score.fields_ok += bool(right)
            if not right:
                score.report.append(
                    f"meeting {meeting['id']}: {name} wrong: want {want}, got {got}"
                )
        if len(meeting["must_link"]) > 1:
            score.merged += 1
            if len(candidates) == 1 and set(meeting["must_link"]) <= best.files:
                score.merged_ok += 1
            else:
                covered = sorted(set().union(*(predicted.files for predicted in candidates)))
                score.report.append(
                    f"meeting {meeting['id']}: reported by {len(meeting['must_link'])} articles, "
                    f"{len(candidates)} rows cover {covered}"
                )
    optional_ids = {meeting["id"] for meeting in gold_meetings if meeting.get("optional")}
    rows_per_gold: dict[str, int] = {}
    for gold_id in used.values():
        rows_per_gold[gold_id] = rows_per_gold.get(gold_id, 0) + 1
    score.true_positives = sum(1 for gold_id in rows_per_gold if gold_id not in optional_ids)
    score.duplicates = sum(
        count - 1 for gold_id, count in rows_per_gold.items() if gold_id not in optional_ids
    )
    for predicted in meetings.values():
        if predicted.meeting_id not in used:
            score.spurious += 1
            score.report.append(
                f"row not in gold: {predicted.meeting_date} {sorted(predicted.names)} "
                f"{sorted(predicted.files)}"
            )
    return score


@pytest.fixture(scope="module")
def sample_meeting_score(sample_warehouse) -> MeetingScore:
    score = score_meetings(load_gold(SAMPLE_GOLD), predicted_meetings(sample_warehouse))
    print(f"\nsample corpus: {score.details()}")
    return score


@pytest.fixture(scope="module")
def shared_meeting_score(shared_warehouse) -> MeetingScore:
    score = score_meetings(load_gold(SHARED_GOLD), predicted_meetings(shared_warehouse))
    print(f"\nshared corpus: {score.details()}")
    return score


def test_sample_meeting_precision(sample_meeting_score):
    print(sample_meeting_score.summary())
    assert sample_meeting_score.precision >= MIN_PRECISION, sample_meeting_score.details()


def test_sample_meeting_recall(sample_meeting_score):
    print(sample_meeting_score.summary())
    assert sample_meeting_score.recall >= MIN_RECALL, sample_meeting_score.details()


@pytest.fixture(scope="module")
def dev_meeting_score(dev_warehouse) -> MeetingScore:
    score = score_meetings(load_gold(DEV_GOLD), predicted_meetings(dev_warehouse))
    print(f"\ndev pages: {score.details()}")
    return score


def assert_floors(score: MeetingScore, floors: dict[str, float]) -> None:
    print(score.summary())
    assert score.f1 >= floors["f1"], score.details()
    assert score.fields_ok >= floors["fields"] * score.fields, score.details()
    assert score.merged_ok >= floors["merged"] * score.merged, score.details()


def test_shared_meetings_reach_their_floors(shared_meeting_score):
    assert shared_meeting_score.gold_meetings == 4
    assert shared_meeting_score.merged == 2
    assert_floors(shared_meeting_score, SHARED_FLOORS)


def test_dev_meetings_reach_their_floors(dev_meeting_score):
    assert_floors(dev_meeting_score, DEV_FLOORS)


def shared_meeting(database: Path, *surnames: str) -> dict:
    """The one meeting of the seed pages whose participants have these surnames."""
    rows = query(
        database,
        """
        select meetings.meeting_date, meetings.kind, meetings.topics, meetings.evidence,
            list(participants.name order by participants.name) as names
        from meetings
        inner join meeting_participants as participants
            on meetings.meeting_id = participants.meeting_id
        group by all
        """,
    )
    found = [
        dict(zip(["meeting_date", "kind", "topics", "evidence", "names"], row, strict=True))
        for row in rows
        if all(any(name.endswith(surname) for name in row[4]) for surname in surnames)
    ]
    assert len(found) == 1, rows
    return found[0]


def test_the_most_specific_kind_wins(shared_warehouse):
    """Issue #15: delegation-level talks reported with "visited" and "meeting" sentences
    are delegation-level talks, not a call."""
    assert shared_meeting(shared_warehouse, "Lavrov", "Qureshi")["kind"] == "delegation-level talks"


def test_evidence_is_a_held_sentence_when_one_exists(shared_warehouse):
    """Issue #15: of an announcement ("will also call on") and a report that the call
    happened, the evidence is the report."""
    evidence = shared_meeting(shared_warehouse, "Lavrov", "Khan")["evidence"]
    assert " will " not in f" {evidence} ", evidence


def test_topics_include_those_said_after_a_pronoun(shared_warehouse):
    """Issue #15: "He said that connectivity and energy were key sectors" after a
    sentence naming the prime minister gives the meeting those topics."""
    topics = shared_meeting(shared_warehouse, "Kakar", "Ganich")["topics"]
    assert {"connectivity", "energy"} <= set(topics), topics


def test_a_forum_date_is_not_a_meeting_date(shared_warehouse):
    """Issue #15: talks on the sidelines of a forum the page names without a day have
    no date (the forum ran two days; the page does not say which)."""
    assert shared_meeting(shared_warehouse, "Kakar", "Putin")["meeting_date"] is None


@pytest.mark.parametrize("warehouse", ["sample_warehouse", "shared_warehouse"])
def test_no_meeting_comes_from_boilerplate(warehouse, request):
    """Teasers and related-story lists are cut from the body, so they cannot give a
    meeting: every source's evidence is a sentence of its article's body."""
    database = request.getfixturevalue(warehouse)
    rows = query(
        database,
        """
        select articles.source_file, sources.evidence, articles.body
        from meeting_sources as sources
        inner join articles on sources.article_id = articles.article_id
        """,
    )
    assert rows
    outside = [
        (source_file, evidence) for source_file, evidence, body in rows if evidence not in body
    ]
    assert outside == []


@pytest.mark.parametrize("warehouse", ["sample_warehouse", "shared_warehouse"])
def test_source_counts_and_participants_are_consistent(warehouse, request):
    database = request.getfixturevalue(warehouse)
    wrong_counts = query(
        database,
        """
        select meetings.meeting_id
        from meetings
        left join (
            select meeting_id, count(*) as sources from meeting_sources group by meeting_id
        ) as counted on meetings.meeting_id = counted.meeting_id
        where meetings.source_count is distinct from counted.sources
        """,
    )
    assert wrong_counts == []
    fewer_than_two = query(
        database,
        """
        select meetings.meeting_id, count(participants.entity_id)
        from meetings
        left join meeting_participants as participants
            on meetings.meeting_id = participants.meeting_id
        group by meetings.meeting_id
        having count(participants.entity_id) < 2
        """,
    )
    assert fewer_than_two == []
