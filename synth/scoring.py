"""Scoring a warehouse against the generated truth."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class MeetingScore:
    """Warehouse meetings against the generated ones, compared by participant pairs."""

    truth_meetings: int
    warehouse_meetings: int
    found: int  # generated meetings whose pair is among some warehouse meeting's participants
    correct: int  # warehouse meetings with at least one generated pair among their participants

    @property
    def recall(self) -> float:
        return self.found / self.truth_meetings if self.truth_meetings else 0.0

    @property
    def precision(self) -> float:
        return self.correct / self.warehouse_meetings if self.warehouse_meetings else 0.0

    def __str__(self) -> str:
        return (
            f"meetings: {self.truth_meetings} generated, {self.warehouse_meetings} in the "
            f"warehouse, precision {self.precision:.2f}, recall {self.recall:.2f}"
        )


def read_truth(path: Path, record: str) -> Iterator[dict]:
    with Path(path).open(encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            if item["record"] == record:
                yield item


def score_meetings(
    truth_path: Path, participants: Iterable[tuple[str, Sequence[str]]]
) -> MeetingScore:
    """``participants``: (meeting_id, entity_ids) per warehouse meeting."""
    truth = [frozenset(item["participants"]) for item in read_truth(truth_path, "meeting")]
    truth_pairs = set(truth)
    found_pairs: set[frozenset[str]] = set()
    warehouse = correct = 0
    for _, entity_ids in participants:
        pairs = {frozenset(pair) for pair in itertools.combinations(sorted(set(entity_ids)), 2)}
        warehouse += 1
        correct += bool(pairs & truth_pairs)
        found_pairs |= pairs
    found = sum(1 for pair in truth if pair in found_pairs)
    return MeetingScore(len(truth), warehouse, found, correct)


PARTICIPANTS_SQL = (
    "select meeting_id, list(distinct entity_id) from main.meeting_participants group by 1"
)
