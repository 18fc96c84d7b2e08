"""The office holders in the gazetteer seeds: read straight from the CSVs (no build).

For every (country, role) of office_roles, every day from 2005-01-01 to 2025-12-31 inside
the role's intervals has exactly one holder in offices (or a vacancy row, empty entity_id);
no office ever has two holders at once; entity ids are unique and an alias is listed once
per entity.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
from collections import Counter, defaultdict
from pathlib import Path

import pytest

GAZETTEER = Path(__file__).resolve().parent.parent / "seeds" / "gazetteer"
FIRST_DAY = dt.date(2005, 1, 1)
LAST_DAY = dt.date(2025, 12, 31)
OPEN_END = dt.date(9999, 12, 31)
ONE_DAY = dt.timedelta(days=1)


def read(name: str) -> list[dict[str, str]]:
    with (GAZETTEER / f"{name}.csv").open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def day(text: str, default: dt.date = OPEN_END) -> dt.date:
    return dt.date.fromisoformat(text) if text else default


def holder(row: dict[str, str]) -> str:
    return row["entity_id"] or "(vacant)"


def coverage_faults(
    intervals: list[tuple[dt.date, dt.date, str]], first: dt.date, last: dt.date
) -> list[str]:
    """Gaps and overlaps of (start, end, holder) intervals over first..last, both inclusive."""
    faults = []
    covered_to = first - ONE_DAY
    previous = "(start)"
    for start, end, who in sorted(intervals):
        if end < first or start > last:
            continue
        if start > covered_to + ONE_DAY:
            faults.append(
                f"gap {covered_to + ONE_DAY}..{start - ONE_DAY} between {previous} and {who}"
            )
        elif start <= covered_to:
            faults.append(f"overlap {start}..{min(end, covered_to)} of {previous} and {who}")
        if end > covered_to:
            covered_to, previous = end, who
    if covered_to < last:
        faults.append(f"gap {covered_to + ONE_DAY}..{last} after {previous}")
    return faults


def test_coverage_faults_name_gaps_and_overlaps() -> None:
    jan, feb, mar = dt.date(2020, 1, 1), dt.date(2020, 2, 1), dt.date(2020, 3, 1)
    assert coverage_faults([(jan, feb - ONE_DAY, "a"), (feb, OPEN_END, "b")], jan, mar) == []
    assert coverage_faults(
        [(jan, feb - ONE_DAY, "a"), (feb + ONE_DAY, OPEN_END, "b")], jan, mar
    ) == ["gap 2020-02-01..2020-02-01 between a and b"]
    assert coverage_faults([(jan, feb, "a"), (feb, OPEN_END, "b")], jan, mar) == [
        "overlap 2020-02-01..2020-02-01 of a and b"
    ]
    assert coverage_faults([(jan, feb, "a")], jan, mar) == ["gap 2020-02-02..2020-03-01 after a"]


OFFICES = read("gazetteer_offices")
ROLES = read("gazetteer_office_roles")


def role_keys() -> list[tuple[str, str]]:
    return sorted({(row["country_code"], row["role"]) for row in ROLES})


@pytest.mark.parametrize(("country_code", "role"), role_keys())
def test_every_day_of_a_role_has_exactly_one_holder(country_code: str, role: str) -> None:
    faults = []
    for mapping in (
        row for row in ROLES if (row["country_code"], row["role"]) == (country_code, role)
    ):
        first = max(FIRST_DAY, day(mapping["valid_from"]))
        last = min(LAST_DAY, day(mapping["valid_to"]))
        if first > last:
            continue
        intervals = [
            (
                max(day(row["start_date"]), first),
                min(day(row["end_date"]), last),
                f"{holder(row)} ({row['office']})",
            )
            for row in OFFICES
            if row["office"] == mapping["office"]
            and row["country_code"] == country_code
            and not row["posted_to_country_code"]
        ]
        faults += coverage_faults(intervals, first, last)
    assert not faults, f"{country_code} {role}: " + "; ".join(faults)


def test_roles_of_a_country_do_not_overlap_in_time() -> None:
    by_role = defaultdict(list)
    for row in ROLES:
        by_role[row["country_code"], row["role"]].append(
            (day(row["valid_from"]), day(row["valid_to"]), row["office"])
        )
    faults = []
    for key, windows in by_role.items():
        ordered = sorted(windows)
        faults += [
            f"{key}: {b[2]} from {b[0]}" for a, b in itertools.pairwise(ordered) if b[0] <= a[1]
        ]
    assert not faults


def test_no_office_has_two_holders_at_once() -> None:
    terms = defaultdict(list)
    for row in OFFICES:
        key = (row["office"], row["country_code"], row["posted_to_country_code"])
        terms[key].append((day(row["start_date"]), day(row["end_date"]), holder(row)))
    faults = []
    for key, spans in terms.items():
        ordered = sorted(spans)
        faults += [
            f"{key}: {a[2]} and {b[2]} from {b[0]}"
            for a, b in itertools.pairwise(ordered)
            if b[0] <= a[1]
        ]
        faults += [f"{key}: {span[2]} ends before it starts" for span in spans if span[1] < span[0]]
    assert not faults, "\n".join(faults)


def test_entity_ids_are_unique_and_aliases_listed_once_per_entity() -> None:
    ids = Counter(row["entity_id"] for row in read("gazetteer_entities"))
    assert [entity for entity, count in ids.items() if count > 1] == []
    aliases = Counter((row["entity_id"], row["alias"]) for row in read("gazetteer_entity_aliases"))
    assert [pair for pair, count in aliases.items() if count > 1] == []


def test_every_office_holder_and_family_name_belongs_to_a_person() -> None:
    kinds = {row["entity_id"]: row["entity_type"] for row in read("gazetteer_entities")}
    holders = {row["entity_id"] for row in OFFICES if row["entity_id"]}
    family = {
        row["entity_id"]
        for row in read("gazetteer_entity_aliases")
        if row["alias_kind"] == "family_name"
    }
    assert sorted(entity for entity in holders | family if kinds.get(entity) != "person") == []
