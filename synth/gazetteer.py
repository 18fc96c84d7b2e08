"""The gazetteer the corpus is written from: people in office, spellings, countries,
demonyms, outlets and events, read from the seed CSVs; constants of the corpus."""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
FIRST_DAY = dt.date(2014, 1, 1)
LAST_DAY = dt.date(2025, 6, 30)
NO_MEETING_STORY_SHARE = 0.36  # gives ~30% of documents without a meeting
SHARED_MEETING_SHARE = 0.20  # meetings reported by two or three outlets
SIDE_MEETING_SHARE = 0.25  # of meetings; only visits qualify, so ~7% of them get one
PLANNED_SHARE = 0.12
MEDIAN_BYTES = 3050

HEAD_OFFICES = (
    "President",
    "Prime Minister",
    "Premier",
    "King",
    "Crown Prince",
    "Emir",
    "Chancellor",
)
FOREIGN_OFFICES = ("Foreign Minister", "Adviser on Foreign Affairs")
DEFENCE_OFFICES = (
    "Defence Minister",
    "Chief of Army Staff",
    "Chief of the General Staff",
    "Secretary of the Security Council",
)
PARTNERS = {
    "PK": ("CN", "CN", "CN", "IR", "IR", "AF", "TR", "TR", "US", "SA", "SA", "AE", "QA",
           "UZ", "KZ", "TJ", "KG", "TM", "AZ", "GB", "JP", "EG", "BY"),
    "RU": ("CN", "CN", "IN", "IN", "IR", "TR", "BY", "KZ", "UZ", "TJ", "KG", "AZ", "EG",
           "SA", "AE", "QA", "AF"),
}  # fmt: skip
CAPITAL_ALTERNATIVES = {
    "RU": ("Sochi", "Saint Petersburg", "Kazan"),
    "PK": ("Rawalpindi", "Lahore", "Karachi"),
    "CN": ("Shanghai",),
}
LONG_COUNTRY = {
    "RU": "the Russian Federation",
    "PK": "the Islamic Republic of Pakistan",
    "IR": "the Islamic Republic of Iran",
    "CN": "the People's Republic of China",
    "US": "the United States",
    "AE": "the United Arab Emirates",
    "GB": "the United Kingdom",
}
DEMONYM_OVERRIDES = {"US": "US", "GB": "British", "SA": "Saudi", "AE": "Emirati"}
COUNTRY_SHORT = {"US": "the US", "GB": "the UK", "AE": "the UAE"}
OFFICE_LABELS = {
    ("Foreign Minister", "US"): "Secretary of State",
    ("Foreign Minister", "IN"): "External Affairs Minister",
    ("Defence Minister", "US"): "Defense Secretary",
}
OFFICE_ABBREVIATIONS = {"Prime Minister": "PM", "Foreign Minister": "FM"}
CARETAKERS = {"anwaar-ul-haq-kakar", "nasirul-mulk", "mir-hazar-khan-khoso", "jalil-abbas-jilani"}
MILITARY_OFFICES = {"Chief of Army Staff", "Chief of the General Staff"}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip


@dataclass(frozen=True)
class Term:
    """One office held by one person for a period."""

    office: str
    country: str
    posted_to: str
    entity_id: str
    start: dt.date
    end: dt.date | None

    def holds(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Event:
    entity_id: str
    name: str
    city: str
    country: str
    start: dt.date
    end: dt.date


@dataclass
class Gazetteer:
    names: dict[str, str]
    spellings: dict[str, tuple[str, ...]]
    terms: dict[tuple[str, str], list[Term]]
    envoys: list[Term]
    countries: dict[str, str]
    capitals: dict[str, str]
    demonyms: dict[str, str]
    events: list[Event]
    outlets: dict[str, tuple[str, ...]]
    foreign_leaders: list[str]
    by_entity: dict[str, list[Term]]

    def holders(self, country: str, offices: Sequence[str], day: dt.date) -> list[Term]:
        return [
            term
            for office in offices
            for term in self.terms.get((country, office), ())
            if term.holds(day)
        ]

    def offices_of(self, entity_id: str, day: dt.date) -> list[str]:
        return [term.office for term in self.by_entity.get(entity_id, ()) if term.holds(day)]


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def parse_day(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def is_latin(text: str) -> bool:
    return all(ord(char) < 0x250 or char in "’‘" for char in text)


def read_spellings(gazetteer_dir: Path, names: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """Canonical name first, then the Latin multi-word variants."""
    spellings: dict[str, list[str]] = {entity_id: [name] for entity_id, name in names.items()}
    for row in read_csv(gazetteer_dir / "gazetteer_entity_aliases.csv"):
        alias = row["alias"]
        if row["alias_kind"] != "variant" or row["entity_id"] not in spellings:
            continue
        if is_latin(alias) and " " in alias and alias not in spellings[row["entity_id"]]:
            spellings[row["entity_id"]].append(alias)
    return {entity_id: tuple(values) for entity_id, values in spellings.items()}


def read_terms(gazetteer_dir: Path) -> list[Term]:
    return [
        Term(
            office=row["office"],
            country=row["country_code"],
            posted_to=row["posted_to_country_code"],
            entity_id=row["entity_id"],
            start=dt.date.fromisoformat(row["start_date"]),
            end=parse_day(row["end_date"]),
        )
        for row in read_csv(gazetteer_dir / "gazetteer_offices.csv")
        # a row without a holder marks a vacancy: nobody to write about
        if row["country_code"] and row["entity_id"]
    ]


def read_demonyms(gazetteer_dir: Path) -> dict[str, str]:
    demonyms: dict[str, str] = dict(DEMONYM_OVERRIDES)
    for row in read_csv(gazetteer_dir / "gazetteer_country_demonyms.csv"):
        if not row["demonym"].endswith("s") or row["demonym"].endswith("ss"):
            demonyms.setdefault(row["country_code"], row["demonym"])
    return demonyms


def read_outlets(rules_dir: Path) -> dict[str, tuple[str, ...]]:
    outlets: dict[str, list[str]] = defaultdict(list)
    for row in read_csv(rules_dir / "outlets.csv"):
        if "." not in row["alias"]:
            outlets[row["outlet"]].append(row["alias"])
    return {outlet: tuple(aliases) for outlet, aliases in outlets.items()}


def read_events(gazetteer_dir: Path) -> list[Event]:
    events = []
    for row in read_csv(gazetteer_dir / "gazetteer_events.csv"):
        start, end = parse_day(row["start_date"]), parse_day(row["end_date"])
        if start is None or not FIRST_DAY <= start <= LAST_DAY:
            continue
        events.append(
            Event(row["entity_id"], row["name"], row["city"], row["country_code"], start,
                  end or start)
        )  # fmt: skip
    return events


@lru_cache(maxsize=1)
def load_gazetteer(seeds_dir: Path = SEEDS_DIR) -> Gazetteer:
    gazetteer_dir = seeds_dir / "gazetteer"
    entities = read_csv(gazetteer_dir / "gazetteer_entities.csv")
    names = {row["entity_id"]: row["name"] for row in entities}
    terms = read_terms(gazetteer_dir)
    by_office: dict[tuple[str, str], list[Term]] = defaultdict(list)
    by_entity: dict[str, list[Term]] = defaultdict(list)
    for term in terms:
        by_entity[term.entity_id].append(term)
        if term.office != "Ambassador":
            by_office[(term.country, term.office)].append(term)
    countries = {}
    capitals = {}
    for row in read_csv(gazetteer_dir / "gazetteer_countries.csv"):
        countries[row["country_code"]] = row["name"]
        capitals[row["country_code"]] = names.get(row["capital_entity_id"], row["name"])
    foreign_leaders = sorted(
        {
            names[term.entity_id].split()[-1]
            for term in terms
            if term.country not in ("PK", "RU") and term.office in HEAD_OFFICES
            and " bin " not in names[term.entity_id] and term.country != "CN"
        }
    )  # fmt: skip
    return Gazetteer(
        names=names,
        spellings=read_spellings(gazetteer_dir, names),
        terms=dict(by_office),
        envoys=[term for term in terms if term.office == "Ambassador"],
        countries=countries,
        capitals=capitals,
        demonyms=read_demonyms(gazetteer_dir),
        events=read_events(gazetteer_dir),
        outlets=read_outlets(seeds_dir / "rules"),
        foreign_leaders=foreign_leaders,
        by_entity=dict(by_entity),
    )
