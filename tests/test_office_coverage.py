"""The office holders in the gazetteer seeds: read straight from the CSVs (no build).

Every country of the first list of issue #12 has its head of state, head of government and
foreign minister mapped to an office for every day from 2005-01-01 to 2025-12-31. For every
(country, role) of office_roles, every day from 2005-01-01 to 2025-12-31 inside
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
    """Gaps and overlaps of (start, end, holder) intervals over first..last, both inclusive.

    Intervals are clipped to first..last: what lies outside is not judged.
    """
    faults = []
    covered_to = first - ONE_DAY
    previous = "(start)"
    for start, end, who in sorted(intervals):
        if end < first or start > last:
            continue
        start, end = max(start, first), min(end, last)
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


# The first list of issue #12, written by hand from its definition (not read from the seeds):
# the three roles of these countries are kept complete from 2005-01-01 to 2025-12-31.
FIRST_LIST_GROUPS = {
    "G20 members": "AR AU BR CA CN DE FR GB ID IN IT JP KR MX RU SA TR US ZA",
    "P5 members": "CN FR GB RU US",
    "neighbours of Pakistan": "AF CN IN IR",
    "neighbours of Russia": "AZ BY CN EE FI GE KP KZ LT LV MN NO PL UA",
    "neighbours of China": "AF BT IN KG KP KZ LA MM MN NP PK RU TJ VN",
    "neighbours of India": "BD BT CN LK MM MV NP PK",
    "Gulf states (the GCC; Iran is above, Iraq is not counted)": "AE BH KW OM QA SA",
    "ASEAN (Timor-Leste joined only in 2025)": "BN ID KH LA MM MY PH SG TH VN",
    "Central Asia": "KG KZ TJ TM UZ",
    "largest EU states (by population and economy)": "DE ES FR IT NL PL",
    "named one by one": "EG ET IL KE NG UA",
}
FIRST_LIST = sorted({code for codes in FIRST_LIST_GROUPS.values() for code in codes.split()})
FIRST_LIST_ROLES = ("head_of_state", "head_of_government", "foreign_minister")


def test_the_first_list_has_65_countries() -> None:
    assert len(FIRST_LIST) == 65


@pytest.mark.parametrize("role", FIRST_LIST_ROLES)
@pytest.mark.parametrize("country_code", FIRST_LIST)
def test_first_list_roles_are_mapped_every_day(country_code: str, role: str) -> None:
    windows = [
        (day(row["valid_from"]), day(row["valid_to"]), row["office"])
        for row in ROLES
        if (row["country_code"], row["role"]) == (country_code, role)
    ]
    faults = coverage_faults(windows, FIRST_DAY, LAST_DAY)
    assert not faults, f"{country_code} {role}: " + "; ".join(faults)


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
            (day(row["start_date"]), day(row["end_date"]), f"{holder(row)} ({row['office']})")
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
