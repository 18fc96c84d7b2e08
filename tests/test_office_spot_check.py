"""Office holders checked against facts written independently of the offices seed.

tests/fixtures/office_holders_spot_check.csv was written from general knowledge without
reading seeds/gazetteer/gazetteer_offices.csv: one row per (office, country, day, holder),
days chosen well inside a term. Each fact must be in the seed: a row of that office and
country (not an ambassador's posting) whose term covers the day, held by an entity one of
whose names or aliases is the holder's name (compared on the models' matching key).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from datetime import date
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GAZETTEER = ROOT / "seeds" / "gazetteer"
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "office_holders_spot_check.csv"


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def name_key(text: str) -> str:
    """As macros/name_matching.sql: lower case, accents stripped, words joined by spaces."""
    stripped = "".join(
        char
        for char in unicodedata.normalize("NFKD", text.lower())
        if not unicodedata.combining(char)
    )
    return " ".join(re.findall(r"[^\W_]+|&", stripped))


@cache
def names_by_entity() -> dict[str, set[str]]:
    names: dict[str, set[str]] = {}
    for row in read(GAZETTEER / "gazetteer_entities.csv"):
        names.setdefault(row["entity_id"], set()).add(name_key(row["name"]))
    for row in read(GAZETTEER / "gazetteer_entity_aliases.csv"):
        names.setdefault(row["entity_id"], set()).add(name_key(row["alias"]))
    return names


@cache
def offices() -> tuple[dict[str, str], ...]:
    return tuple(read(GAZETTEER / "gazetteer_offices.csv"))


FACTS = read(FIXTURE)


def test_the_fixture_is_broad() -> None:
    assert len(FACTS) >= 70
    assert len({fact["country_code"] for fact in FACTS}) >= 20
    assert {fact["date"][:4] for fact in FACTS} >= {"2006", "2010", "2015", "2020", "2025"}


@pytest.mark.parametrize(
    "fact", FACTS, ids=[f"{f['office']}-{f['country_code']}-{f['date']}" for f in FACTS]
)
def test_holder_on_the_day(fact: dict[str, str]) -> None:
    day = date.fromisoformat(fact["date"])
    names = names_by_entity()
    holders = {
        row["entity_id"]
        for row in offices()
        if row["office"] == fact["office"]
        and row["country_code"] == fact["country_code"]
        and not row["posted_to_country_code"]
        and date.fromisoformat(row["start_date"]) <= day
        and (not row["end_date"] or day <= date.fromisoformat(row["end_date"]))
    }
    holder_names = set().union(*(names.get(holder, set()) for holder in holders))
    assert name_key(fact["holder"]) in holder_names, (
        f"{fact['holder']} was {fact['office']} ({fact['country_code'] or 'UN'}) on {day}; "
        f"the seed has {sorted(holders) or 'nobody'}"
    )
