"""A deterministic synthetic corpus of scraped diplomacy news pages, with its ground truth.

``envoy synth --articles N --out DIR [--seed S]`` writes N documents under DIR, one
subfolder per 10,000 documents: mostly ``.txt`` pages, plus a ``feed.jsonl`` per subfolder
holding a few documents as JSON Lines records. The ground truth (every generated meeting
with its participants, date, place, mode, status and kind, and the articles that report
it; and every article's header fields) goes to ``DIR.truth.jsonl`` beside DIR, where
``envoy load DIR`` does not read it.

The text comes from templates in this module, filled with people who held an office on
the day (``seeds/gazetteer/gazetteer_offices.csv``), their alias spellings, countries,
demonyms, capitals, summits and outlets (``seeds/rules/outlets.csv``). About 30% of the
documents report no meeting (statements, speeches, trade figures, op-eds); about 20% of
the meetings are reported by two or three outlets, each with its own page layout, name
spellings and publication lag. Every subfolder is generated from its own
``random.Random`` seeded by (seed, subfolder), so the output is byte-identical for a seed
whatever the number of worker processes.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import itertools
import json
import multiprocessing
import os
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path
from random import Random

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
SHARD_SIZE = 10_000
FIRST_DAY = dt.date(2014, 1, 1)
LAST_DAY = dt.date(2025, 6, 30)
NO_MEETING_STORY_SHARE = 0.36  # gives ~30% of documents without a meeting
SHARED_MEETING_SHARE = 0.20  # meetings reported by two or three outlets
SIDE_MEETING_SHARE = 0.25  # of meetings; only visits qualify, so ~7% of them get one
JSONL_SHARE = 0.02
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

# ---------------------------------------------------------------------------- gazetteer


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
        if row["country_code"]
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


# ----------------------------------------------------------------------------- meetings


@dataclass
class Meeting:
    meeting_id: str
    day: dt.date
    host: Term
    guest: Term
    mode: str
    kind: str
    status: str
    city: str | None
    event: Event | None = None
    topics: tuple[str, ...] = ()
    articles: list[str] = field(default_factory=list)
    side: Meeting | None = None  # the guest's second meeting that day, told in passing

    def truth(self) -> dict:
        return {
            "record": "meeting",
            "meeting_id": self.meeting_id,
            "meeting_date": self.day.isoformat(),
            "location": self.city,
            "mode": self.mode,
            "status": self.status,
            "kind": self.kind,
            "event": self.event.entity_id if self.event else None,
            "participants": [self.host.entity_id, self.guest.entity_id],
            "countries": [self.host.country, self.guest.country],
            "articles": self.articles,
        }


SHAPES = (("heads", 30), ("foreign", 30), ("defence", 10), ("envoy", 20), ("visitor", 10))
KINDS = {
    "heads": (("talks", 22), ("meeting", 15), ("delegation-level talks", 10),
              ("sideline meeting", 25), ("telephone conversation", 22), ("video conference", 6)),
    "foreign": (("talks", 15), ("meeting", 15), ("delegation-level talks", 10),
                ("sideline meeting", 25), ("telephone conversation", 30),
                ("video conference", 5)),
    "defence": (("meeting", 40), ("talks", 25), ("call on", 25), ("video conference", 10)),
    "envoy": (("call on", 55), ("farewell call", 20), ("courtesy call", 10), ("meeting", 15)),
    "visitor": (("call on", 70), ("meeting", 30)),
}  # fmt: skip
MODES = {"telephone conversation": "phone", "video conference": "video"}
EVENT_SHAPES = {
    "heads": ("sco-summit", "brics-summit", "cica-summit", "g20-summit", "cop",
              "st-petersburg-international-economic-forum", "eastern-economic-forum",
              "sco-council-of-heads"),
    "foreign": ("sco-council-of-foreign-ministers", "unga", "oic-council"),
}  # fmt: skip


def weighted(rng: Random, choices: Sequence[tuple[str, int]]) -> str:
    total = sum(weight for _, weight in choices)
    pick = rng.random() * total
    for value, weight in choices:
        pick -= weight
        if pick < 0:
            return value
    return choices[-1][0]


def random_day(rng: Random, first: dt.date = FIRST_DAY, last: dt.date = LAST_DAY) -> dt.date:
    return first + dt.timedelta(days=rng.randrange((last - first).days + 1))


def pick_sides(rng: Random) -> tuple[str, str]:
    side = rng.choice(("PK", "PK", "PK", "RU", "RU"))
    if rng.random() < 0.55:
        return side, "RU" if side == "PK" else "PK"
    return side, rng.choice(PARTNERS[side])


def offices_for(shape: str) -> tuple[Sequence[str], Sequence[str]]:
    if shape == "heads":
        return HEAD_OFFICES, HEAD_OFFICES
    if shape == "foreign":
        return FOREIGN_OFFICES, FOREIGN_OFFICES
    if shape == "defence":
        return DEFENCE_OFFICES, DEFENCE_OFFICES
    return HEAD_OFFICES, FOREIGN_OFFICES + DEFENCE_OFFICES  # visitor: guest calls on head


def pick_event(rng: Random, g: Gazetteer, shape: str) -> Event | None:
    prefixes = EVENT_SHAPES.get(shape)
    if not prefixes:
        return None
    candidates = [event for event in g.events if event.entity_id.startswith(prefixes)]
    return rng.choice(candidates) if candidates else None


def host_city(rng: Random, g: Gazetteer, host: Term) -> str:
    if host.country == "PK" and host.office in DEFENCE_OFFICES and rng.random() < 0.7:
        return "Rawalpindi"
    alternatives = CAPITAL_ALTERNATIVES.get(host.country, ())
    if alternatives and rng.random() < 0.12:
        return rng.choice(alternatives)
    return g.capitals[host.country]


def plan_envoy_meeting(rng: Random, g: Gazetteer, kind: str, meeting_id: str) -> Meeting | None:
    envoy = rng.choice(g.envoys)
    if kind == "farewell call":
        if envoy.end is None:
            return None
        day = envoy.end - dt.timedelta(days=rng.randint(3, 45))
    else:
        first, last = max(envoy.start, FIRST_DAY), min(envoy.end or LAST_DAY, LAST_DAY)
        if first > last:
            return None
        day = random_day(rng, first, last)
    offices = weighted(rng, (("foreign", 50), ("heads", 35), ("defence", 15)))
    hosts = g.holders(envoy.posted_to, offices_for(offices)[0], day)
    if not hosts or not FIRST_DAY <= day <= LAST_DAY:
        return None
    host = rng.choice(hosts)
    return Meeting(
        meeting_id, day, host, envoy, "in_person", kind, "held", g.capitals[host.country]
    )


def plan_side_meeting(rng: Random, g: Gazetteer, meeting: Meeting) -> Meeting | None:
    """A visiting guest's call on a second official of the host country, the same day."""
    visiting = meeting.mode == "in_person" and meeting.status == "held" and not meeting.event
    if not visiting or meeting.guest.office == "Ambassador":
        return None
    offices = HEAD_OFFICES  # a visiting leader calls on leaders; ministers on anyone
    if meeting.guest.office not in HEAD_OFFICES:
        offices += FOREIGN_OFFICES + DEFENCE_OFFICES
    hosts = [
        term
        for term in g.holders(meeting.host.country, offices, meeting.day)
        if term.entity_id not in (meeting.host.entity_id, meeting.guest.entity_id)
    ]
    if not hosts:
        return None
    host = rng.choice(hosts)
    kind = rng.choice(("call on", "meeting"))
    city = g.capitals[host.country]
    return Meeting(f"{meeting.meeting_id}-b", meeting.day, host, meeting.guest, "in_person", kind,
                   "held", city)  # fmt: skip


def plan_meeting(rng: Random, g: Gazetteer, meeting_id: str) -> Meeting:
    """A plausible meeting: two office holders of two countries, on a day they held office."""
    while True:
        meeting = try_plan_meeting(rng, g, meeting_id)
        if meeting is not None:
            return meeting


def try_plan_meeting(rng: Random, g: Gazetteer, meeting_id: str) -> Meeting | None:
    shape = weighted(rng, SHAPES)
    kind = weighted(rng, KINDS[shape])
    if shape == "envoy":
        return plan_envoy_meeting(rng, g, kind, meeting_id)
    event = pick_event(rng, g, shape) if kind == "sideline meeting" else None
    if kind == "sideline meeting" and event is None:
        return None
    day = random_day(rng, event.start, event.end) if event else random_day(rng)
    host_side, guest_side = pick_sides(rng)
    host_offices, guest_offices = offices_for(shape)
    hosts = g.holders(host_side, host_offices, day)
    guests = g.holders(guest_side, guest_offices, day)
    if not hosts or not guests:
        return None
    host, guest = rng.choice(hosts), rng.choice(guests)
    if host.entity_id == guest.entity_id:
        return None
    mode = MODES.get(kind, "in_person")
    city = event.city if event else (host_city(rng, g, host) if mode == "in_person" else None)
    status = "held"
    if mode == "in_person" and kind in ("talks", "meeting", "call on", "sideline meeting"):
        status = "planned" if rng.random() < PLANNED_SHARE else "held"
    return Meeting(meeting_id, day, host, guest, mode, kind, status, city, event)


# -------------------------------------------------------------------------------- words

TOPICS = (
    "trade and investment", "energy cooperation",
    "supplies of crude oil", "liquefied natural gas", "wheat imports", "food security",
    "regional connectivity", "banking channels",
    "payments in national currencies", "barter trade", "counter-terrorism cooperation",
    "the situation in Afghanistan", "defence cooperation", "education and scholarships",
    "visa facilitation", "people-to-people contacts", "direct flights", "cultural exchanges",
    "the situation in the Middle East", "the crisis in Gaza", "climate change",
    "the North-South transport corridor", "space cooperation", "railways",
    "nuclear energy", "tourism", "pharmaceuticals", "fertiliser supplies", "steel production",
    "information security", "joint military exercises",
)  # fmt: skip
PAKISTAN_TOPICS = (
    "the Pakistan Stream gas pipeline",
    "the Trans-Afghan railway",
    "the Moscow Format on Afghanistan",
    "the Karachi steel mill",
    "Gwadar port",
)
GOALS = (
    "expand bilateral trade", "deepen energy cooperation", "speed up work on pending projects",
    "strengthen coordination at multilateral forums", "enhance people-to-people contacts",
    "facilitate businesspeople", "fight terrorism and drug trafficking together",
    "set up direct banking links", "increase the number of flights between the two countries",
    "raise the volume of trade to a new level", "build a long-term partnership",
    "work together for peace and stability in the region",
)  # fmt: skip
AGREEMENTS = (
    "convene the next session of the Intergovernmental Commission at an early date",
    "hold the next round of bilateral political consultations later this year",
    "set up a joint working group on energy",
    "finalise a memorandum of understanding on education",
    "exchange business delegations in the coming months",
    "form a task force on payment mechanisms",
    "keep up the momentum of high-level exchanges",
    "step up cooperation in the Shanghai Cooperation Organisation",
    "sign an agreement on visa facilitation for officials and businesspeople",
    "hold a joint business forum in the first half of next year",
)  # fmt: skip
VENUES = {  # (country, office): (the venues' city, venues)
    ("PK", "President"): ("Islamabad", ("at the Aiwan-e-Sadr", "at the President House")),
    ("PK", "Prime Minister"): ("Islamabad", ("at the Prime Minister's House", "at PM House")),
    ("PK", "Foreign Minister"): ("Islamabad", ("at the Foreign Office", "at the Ministry of "
                                              "Foreign Affairs")),
    ("PK", "Chief of Army Staff"): ("Rawalpindi", ("at the General Headquarters", "at GHQ")),
    ("PK", "Defence Minister"): ("Rawalpindi", ("at the Ministry of Defence",)),
    ("RU", "President"): ("Moscow", ("at the Kremlin",)),
    ("RU", "Prime Minister"): ("Moscow", ("at the Government House",)),
    ("RU", "Foreign Minister"): ("Moscow", ("at the Russian Foreign Ministry",
                                           "at the Foreign Ministry's mansion")),
    ("RU", "Defence Minister"): ("Moscow", ("at the Russian Defence Ministry",)),
    ("CN", "President"): ("Beijing", ("at the Great Hall of the People",)),
    ("CN", "Premier"): ("Beijing", ("at the Great Hall of the People",)),
    ("CN", "Foreign Minister"): ("Beijing", ("at the Diaoyutai State Guesthouse",)),
}  # fmt: skip
HANDOUT_SOURCES = {
    "PK": ("the Foreign Office", "the Prime Minister's Office", "the PM Office media wing",
           "the Ministry of Foreign Affairs", "the ISPR"),
    "RU": ("the Kremlin press service", "the Russian Foreign Ministry", "the Russian embassy"),
}  # fmt: skip
REPORTER_FIRST = (
    "Ayesha", "Bilal", "Farah", "Hamza", "Sana", "Usman", "Zainab", "Kamran", "Nida", "Faisal",
    "Rabia", "Tariq", "Mehreen", "Saad", "Hina", "Adnan", "Amna", "Waqas", "Irina",
    "Dmitri", "Anna", "Pavel", "Yelena", "Li", "Chen", "Sarah", "James", "Maria", "Tom",
)  # fmt: skip
REPORTER_LAST = (
    "Naqash", "Iftikhar", "Rana", "Siddiqui", "Hashmi", "Awan", "Chaudhry", "Baig",
    "Rehman", "Javed", "Anwar", "Ghauri", "Durrani", "Lodhi", "Paracha", "Volkova",
    "Orlov", "Kuznetsova", "Belov", "Morozova", "Zhang", "Hughes", "Fletcher", "Collins",
)  # fmt: skip
DESKS = ("Staff Reporter", "Web Desk", "News Desk", "Our Correspondent", "Monitoring Desk",
         "Diplomatic Correspondent", "APP", "Agencies")  # fmt: skip
PROVINCES = ("Punjab", "Sindh", "Khyber Pakhtunkhwa", "Balochistan", "Gilgit-Baltistan")
TOWNS = ("Lahore", "Karachi", "Peshawar", "Quetta", "Multan", "Faisalabad", "Hyderabad",
         "Sialkot", "Gwadar", "Abbottabad", "Sukkur", "Bahawalpur")  # fmt: skip
TEAMS = ("Lahore Qalandars", "Karachi Kings", "Peshawar Zalmi", "Quetta Gladiators",
         "Islamabad United", "Multan Sultans")  # fmt: skip


# -------------------------------------------------------------------------------- pages


@dataclass
class Page:
    """What a page layout needs: the article and the furniture around it."""

    headline: str
    lede: str
    paragraphs: list[str]
    outlet: str | None  # canonical outlet, for the truth
    outlet_shown: str  # the spelling on the page
    published: dt.datetime | None
    author: str | None
    dateline: str | None  # city
    standfirst: str | None = None
    tags: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Style:
    name: str
    outlets: tuple[str, ...]
    home: str  # country whose officials need no demonym
    render: Callable[[Page, Random, Gazetteer], str]
    hides: frozenset[str] = frozenset()  # article fields the layout does not show
    headline_case: str = ""  # "title" or "upper" when the page shows it so

    def truth(self, page: Page) -> dict:
        """The article's header fields as this layout shows them."""
        headline = page.headline
        if self.headline_case == "title":
            headline = title_case(headline)
        elif self.headline_case == "upper":
            headline = headline.upper()
        fields = {
            "headline": headline,
            "published_date": page.published.date().isoformat() if page.published else None,
            "outlet": page.outlet,
            "author": page.author,
            "dateline": page.dateline,
        }
        return {key: None if key in self.hides else value for key, value in fields.items()}


def ordinal(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def clock(moment: dt.datetime, zero_pad: bool = True, upper: bool = True) -> str:
    hour = moment.hour % 12 or 12
    suffix = "AM" if moment.hour < 12 else "PM"
    text = f"{hour:02d}:{moment.minute:02d}" if zero_pad else f"{hour}:{moment.minute:02d}"
    return f"{text} {suffix if upper else suffix.lower()}"


def month_day_year(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def day_month_year(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def short_month(day: dt.date) -> str:
    return MONTHS[day.month - 1][:3]


TEASER_TEMPLATES = (
    "Gold price {moves} by Rs{hundreds} per tola",
    "Rupee {gains} {n} paisa against dollar in interbank trading",
    "PSX {gains} {points} points amid {market_mood}",
    "{province} govt announces {measure} in {town}",
    "Pakistan beat {rival} by {wickets} wickets in {town}",
    "{team} sign {rival} pacer for upcoming season",
    "Heatwave grips {province}, mercury touches {heat} degrees in {town}",
    "Petrol price likely to {rise} by Rs{small} per litre from {month} {day}",
    "{leader}, {leader} discuss {issue} on summit margins",
    "IMF mission to {imf} Islamabad {soon}",
    "Senate {passes} {bill} amid {uproar}",
    "Rain, {weather} expected in {province} {soon}",
    "{town} police arrest {small} suspects in {crime} case",
    "{n} injured as bus overturns near {town}",
    "{town} to get {n} new {facilities}",
    "{province} cabinet approves {measure} for {town}",
)
TEASER_WORDS: dict[str, Sequence[str] | Callable[[Random], str]] = {
    "moves": ("rises", "slips", "jumps", "falls"),
    "gains": ("gains", "sheds", "loses"),
    "market_mood": ("profit-taking", "budget hopes", "political noise", "rate cut hopes"),
    "province": PROVINCES,
    "town": TOWNS,
    "measure": ("relief package", "new school timings", "holiday", "crackdown on hoarders"),
    "rival": ("Sri Lanka", "England", "New Zealand", "Bangladesh", "South Africa"),
    "team": TEAMS,
    "rise": ("rise", "drop"),
    "month": MONTHS,
    "issue": ("trade", "regional security", "energy", "Gaza", "climate finance"),
    "imf": ("arrive in", "resume talks in", "wrap up talks in"),
    "soon": ("next week", "on Monday", "this month", "tomorrow", "over the weekend"),
    "passes": ("passes", "approves", "defers"),
    "bill": ("finance bill", "election amendment", "media regulation bill"),
    "uproar": ("walkout", "protest", "uproar"),
    "weather": ("fog", "snow", "thunderstorms", "dust storm"),
    "crime": ("bank robbery", "kidnapping", "car theft", "fraud"),
    "facilities": ("electric buses", "schools", "health units", "parks"),
    "n": lambda rng: str(rng.randint(3, 60)),
    "small": lambda rng: str(rng.randint(2, 12)),
    "day": lambda rng: str(rng.randint(1, 28)),
    "wickets": lambda rng: str(rng.randint(2, 9)),
    "heat": lambda rng: str(rng.randint(41, 50)),
    "points": lambda rng: f"{rng.randint(80, 1900):,}",
    "hundreds": lambda rng: f"{rng.randint(2, 60) * 100:,}",
}
SLOT = re.compile(r"\{(\w+)\}")


def teaser(rng: Random, g: Gazetteer) -> str:
    """A headline of some other story, as listed under "Recent Stories" and the like."""

    def fill(match: re.Match[str]) -> str:
        if match.group(1) == "leader":
            return rng.choice(g.foreign_leaders)
        words = TEASER_WORDS[match.group(1)]
        return words(rng) if callable(words) else rng.choice(words)

    return SLOT.sub(fill, rng.choice(TEASER_TEMPLATES))


def teasers(rng: Random, g: Gazetteer, low: int = 2, high: int = 6) -> list[str]:
    return [teaser(rng, g) for _ in range(rng.randint(low, high))]


def reporter(rng: Random) -> str:
    return f"{rng.choice(REPORTER_FIRST)} {rng.choice(REPORTER_LAST)}"


def body_text(page: Page, first: str) -> str:
    return "\n\n".join([first, *page.paragraphs])


def dateline_colon(page: Page) -> str:
    return f"{page.dateline.upper()}: {page.lede}" if page.dateline else page.lede


def render_urdupoint(page: Page, rng: Random, g: Gazetteer) -> str:
    moment = page.published
    assert moment is not None
    credit_date = f"{ordinal(moment.day)} {short_month(moment)}, {moment.year}"
    agency = rng.choice(("APP - ", "", "", "Sputnik - ", "WAM - "))
    credit = f"{agency}{page.outlet_shown} / Pakistan Point News - {credit_date}"
    first = f"{(page.dateline or 'Islamabad').upper()}, ({credit}) {page.lede}"
    recent = []
    for item in teasers(rng, g, 3, 7):
        cut = item[:48].rstrip() + " .." if len(item) > 48 else item
        ago = rng.choice((f"{rng.randint(2, 59)} minutes ago", f"{rng.randint(1, 9)} hours ago"))
        recent.append(f"{cut}\n\n{item}\n\n{ago}\n")
    return (
        f" date {moment:%Y-%m-%d} Open Menu\n\n{title_case(page.headline)}\n\n"
        f"{page.author} Published {month_day_year(moment)} | {clock(moment)}\n\n"
        f"{page.headline}\n\n{page.lede.rstrip('.')}\n\n{body_text(page, first)}\n\n"
        f"Related Topics\n\n{' '.join(page.tags)}\n\nRecent Stories\n\n"
        + " ".join(recent)
        + "\nMore Stories From Pakistan\n"
    )


def render_wire(page: Page, rng: Random, g: Gazetteer) -> str:
    moment = page.published
    assert moment is not None
    city = (page.dateline or "Islamabad").upper()
    first = f"{city}, {short_month(moment)} {moment.day} ({page.outlet_shown}) - {page.lede}"
    updated = rng.choice(("Updated 2 hours ago", "Updated 5 hours ago", "Updated 1 year ago", ""))
    section = rng.choice(("World", "Asia Pacific", "Europe", "Business"))
    credit = (
        f"Reporting by {reporter(rng)} in {page.dateline or 'Islamabad'}; "
        f"Editing by {reporter(rng)}"
    )
    return (
        f"{section}\n\n{page.headline}\n\nBy {page.author}\n\n"
        f"{month_day_year(moment)} {clock(moment, zero_pad=False)} GMT+5{updated}\n\n"
        f"{body_text(page, first)}\n\n{credit}\n\n"
        f"Our Standards: The {page.outlet_shown} Trust Principles.\n\nRead Next\n\n"
        + "\n\n".join(teasers(rng, g, 2, 4))
        + "\n"
    )


def render_newspaper(page: Page, rng: Random, g: Gazetteer) -> str:
    moment = page.published
    assert moment is not None
    agency = rng.choice((" (APP)", "", "", " (Agencies)"))
    return (
        f"{page.outlet_shown}\nE-Paper | Subscribe | Login\n\n"
        f"{rng.choice(('National', 'Pakistan', 'World', 'Foreign Affairs'))}\n\n{page.headline}\n\n"
        f"By {page.author} | Published: {day_month_year(moment)}\n\n"
        f"{dateline_colon(page)}\n\n"
        + "\n\n".join(page.paragraphs)
        + f"{agency}\n\nRELATED\n\n"
        + "\n\n".join(teasers(rng, g, 2, 4))
        + f"\n\nCopyright © {moment.year} {page.outlet_shown}. All rights reserved.\n"
    )


def render_tv(page: Page, rng: Random, g: Gazetteer) -> str:
    moment = page.published
    assert moment is not None
    city = (page.dateline or "Islamabad").upper()
    stamp = (
        f"{moment.day:02d} {MONTHS[moment.month - 1]},{moment.year} {clock(moment, upper=False)}"
    )
    first = f"{city} ({page.outlet_shown}) – {page.lede}"
    return (
        f"{rng.choice(('Pakistan', 'World', 'Latest'))}\n\n{page.headline}\n\n"
        f"Published On {stamp}\n\n{body_text(page, first)}\n\nRead more\n\n"
        + "\n".join(teasers(rng, g, 3, 6))
        + "\n"
    )


def render_blog(page: Page, rng: Random, g: Gazetteer) -> str:
    moment = page.published
    assert moment is not None
    paragraphs = list(page.paragraphs)
    paragraphs.insert(min(1, len(paragraphs)), tweet_embed(page, rng, moment))
    first = dateline_colon(page)
    return (
        f"{page.outlet_shown}  ›  {rng.choice(('Diplomacy', 'Pakistan', 'World'))}\n\n"
        f"{page.headline}\n\n{month_day_year(moment)} | {clock(moment, zero_pad=False)}\n\n"
        + "\n\n".join([first, *paragraphs])
        + "\n\nShare this:\nTweet  Facebook  WhatsApp\n\n"
        + f"Also on {page.outlet_shown}\n"
        + "\n".join(teasers(rng, g, 2, 3))
        + "\n"
    )


TWEET_OWNERS = {
    "ForeignOfficePk": "Ministry of Foreign Affairs",
    "PakPMO": "Prime Minister's Office",
    "mfa_russia": "MFA Russia 🇷🇺",
    "GovtofPakistan": "Government of Pakistan",
}


def tweet_embed(page: Page, rng: Random, moment: dt.datetime) -> str:
    handle = rng.choice(("ForeignOfficePk", "PakPMO", "mfa_russia", "GovtofPakistan"))
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
                   for _ in range(10))  # fmt: skip
    owner = TWEET_OWNERS[handle]
    return (
        f"{page.lede.split(',')[0].rstrip('.')} today. pic.twitter.com/{code}\n\n"
        f"— {owner} (@{handle}) {month_day_year(moment)}"
    )


def render_bare(page: Page, rng: Random, g: Gazetteer) -> str:
    furniture = rng.choice(
        (
            "\n\nVisit for more news.\n\nLeave a Reply\n\nYour email address will not be "
            "published. Required fields are marked *\n",
            "\n\nLeave a Reply\n\nYour email address will not be published. Required fields "
            "are marked *\n\nComment\n\nName *\n\nEmail *\n",
            "\n\nVisit for more news.\n",
        )
    )
    head = f"{page.headline}\n\n"
    if page.standfirst:
        head += f"{page.standfirst}\n\n"
    return head + body_text(page, page.lede) + furniture


def render_asialite(page: Page, rng: Random, g: Gazetteer) -> str:
    moment = page.published
    assert moment is not None
    paragraphs = list(page.paragraphs)
    for _ in range(rng.randint(1, 2)):
        paragraphs.insert(rng.randint(0, len(paragraphs)), f"Also read:{teaser(rng, g)}")
    if rng.random() < 0.5:
        handle = rng.choice(("ForeignOfficePk", "PakPMO", "KremlinRussia_E", "MFA_China"))
        paragraphs.insert(1, f"https://twitter.com/{handle}/status/{rng.randrange(10**18, 10**19)}")
    standfirst = page.standfirst or page.lede.split(",")[0].rstrip(".")
    latest = "\n\n".join(
        f"{title_case(teaser(rng, g))}\n\n{teaser(rng, g)}…reports {page.outlet_shown}"
        for _ in range(2)
    )
    return (
        f"{month_day_year(moment)}\n{rng.randint(2, 5)} mins read\n\n{page.headline}\n\n"
        f"{standfirst}…reports {page.outlet_shown}\n\n"
        + "\n\n".join([page.lede, *paragraphs])
        + f"\n\nPrevious Story\n\n{teaser(rng, g)}\n\nNext Story\n\n{teaser(rng, g)}\n\n"
        f"Latest from -Top News\n\n{latest}\n\nGo toTop\n\nDon't Miss\n\n{teaser(rng, g)}\n"
    )


def render_pid(page: Page, rng: Random, g: Gazetteer) -> str:
    moment = page.published
    assert moment is not None
    number = rng.randint(20, 480)
    city = page.dateline or "Islamabad"
    first = f"{city}, {month_day_year(moment)}: {page.lede}"
    return (
        f"Press Information Department\nGovernment of Pakistan\n\n"
        f"PR No. {number}   {city}   {moment:%d-%m-%Y}\n\n{page.headline.upper()}\n\n"
        f"{body_text(page, first)}\n\n***\n\nRelated Press Releases\n"
        f"PR No. {number - 1} {teaser(rng, g)}\nPR No. {number - 2} {teaser(rng, g)}\n"
    )


def render_ledger(page: Page, rng: Random, g: Gazetteer) -> str:
    moment = page.published
    assert moment is not None
    stamp = f"{short_month(moment)} {moment.day}, {moment.year} | {clock(moment, zero_pad=False)}"
    first = f"{page.dateline.upper()} – {page.lede}" if page.dateline else page.lede
    return (
        f"Home / Pakistan / {rng.choice(('Foreign Affairs', 'Diplomacy', 'National'))}\n\n"
        f"{page.headline}\n\n{page.outlet_shown} | {stamp}\n\n{body_text(page, first)}\n\n"
        f"Tags: {', '.join(page.tags)}\n\nShare: Facebook | X | WhatsApp | Email\n\n"
        "You may also like\n\n" + "\n".join(teasers(rng, g, 2, 4)) + "\n"
    )


def render_meta(page: Page, rng: Random, g: Gazetteer) -> str:
    moment = page.published
    assert moment is not None
    iso = f"{moment:%Y-%m-%dT%H:%M:00}+05:00"
    later = moment + dt.timedelta(minutes=rng.randint(20, 300))
    return (
        f"<meta> published_time: {iso}\n{page.outlet_shown} — World / Diplomacy\n\n"
        f"{page.headline}\n\nPublished {iso} | Updated {later:%Y-%m-%dT%H:%M:00}+05:00\n\n"
        f"By {page.author}\n\n{body_text(page, dateline_colon(page))}\n\n– – –\n"
        f"Comments ({rng.randint(0, 40)})\nLogin to comment\nRelated: {teaser(rng, g)}\n"
    )


def render_energywire(page: Page, rng: Random, g: Gazetteer) -> str:
    moment = page.published
    assert moment is not None
    paragraphs = list(page.paragraphs)
    for _ in range(rng.randint(1, 2)):
        paragraphs.insert(rng.randint(1, max(1, len(paragraphs))), "ADVERTISEMENT")
    return (
        f"{page.outlet_shown.upper()}\n\nShare on Facebook\nTweet\nWhatsApp\nComments\n\n"
        f"{page.headline}\n\nBy {page.author}\n{month_day_year(moment)} | "
        f"{rng.randint(2, 58)} minutes ago\n\nADVERTISEMENT\n\n"
        + "\n\n".join([dateline_colon(page), *paragraphs])
        + "\n\nFollow us on Google News\n\nADVERTISEMENT\n\nTrending\n"
        + "\n".join(teasers(rng, g, 2, 4))
        + "\n"
    )


def render_chronicle(page: Page, rng: Random, g: Gazetteer) -> str:
    moment = page.published
    assert moment is not None
    updated = moment + dt.timedelta(hours=rng.randint(2, 30))
    popular = "\n".join(f"{i} {teaser(rng, g)}" for i in range(1, rng.randint(3, 6)))
    return (
        f"{page.outlet_shown}\n\n{page.headline}\n\n{page.author}\n"
        f"Published {month_day_year(moment)} Updated {month_day_year(updated)} "
        f"{updated:%I:%M}{'am' if updated.hour < 12 else 'pm'}\n\n"
        f"{body_text(page, dateline_colon(page))}\n\nComments ({rng.randint(1, 90)})\n\n"
        f"MOST POPULAR\n{popular}\n"
    )


def render_tass(page: Page, rng: Random, g: Gazetteer) -> str:
    moment = page.published
    assert moment is not None
    city = (page.dateline or "Moscow").upper()
    first = f"{city}, {MONTHS[moment.month - 1]} {moment.day}. /{page.outlet_shown}/. {page.lede}"
    return (
        f"{page.outlet_shown}\nRussian News Agency\n\n"
        f"{rng.choice(('Politics', 'World', 'Economy'))}\n\n{page.headline}\n\n"
        f"{moment:%d.%m.%Y, %H:%M}\n\n{body_text(page, first)}\n\n"
        f"Tags\n{', '.join(page.tags)}\n\nRead also\n" + "\n".join(teasers(rng, g, 2, 3)) + "\n"
    )


def render_xinhua(page: Page, rng: Random, g: Gazetteer) -> str:
    moment = page.published
    assert moment is not None
    city = (page.dateline or "Beijing").upper()
    first = f"{city}, {MONTHS[moment.month - 1]} {moment.day} ({page.outlet_shown}) -- {page.lede}"
    return (
        f"Source: {page.outlet_shown} | {moment:%Y-%m-%d %H:%M:%S}\n\n{page.headline}\n\n"
        f"{body_text(page, first)}\n\nEnditem\n\nEditor: {reporter(rng)}\n\nRelated News\n"
        + "\n".join(teasers(rng, g, 2, 3))
        + "\n"
    )


def render_mofa(page: Page, rng: Random, g: Gazetteer) -> str:
    moment = page.published
    assert moment is not None
    number = f"No. {rng.randint(10, 420)}/{moment.year}"
    others = "\n".join(teasers(rng, g, 3, 6))
    return (
        f"Ministry of Foreign Affairs\nGovernment of Pakistan\n\nPress Releases\n\n"
        f"{page.headline}\n\n{number}\n{day_month_year(moment)}\n\n"
        f"{body_text(page, page.lede)}\n\nIslamabad\n{day_month_year(moment)}\n\n* * *\n\n"
        f"Share: Facebook | X | Print\n\nOther Press Releases\n{others}\n\n"
        "Contact us | Sitemap | Disclaimer\n"
    )


def render_desk(page: Page, rng: Random, g: Gazetteer) -> str:
    """An undated wire page: headline twice, dateline with region, "Must read" teasers."""
    region = rng.choice(("Pakistan", "Russia", "United States"))
    first = f"{page.dateline.upper()}, {region}: {page.lede}" if page.dateline else page.lede
    section = rng.choice(("Diplomacy", "Pakistan", "World"))
    recent = "\n\n".join(
        f"{teaser(rng, g)}\n\n0\nMonitoring Desk: {teaser(rng, g)}..." for _ in range(2)
    )
    return (
        f"{page.headline}\n\n{section}{page.headline}\n\n{body_text(page, first)}\n\n"
        f"Must read\n\nRecent News\n\n{recent}\nAdvertisement\n"
    )


def render_webdesk(page: Page, rng: Random, g: Gazetteer) -> str:
    moment = page.published
    assert moment is not None
    stamp = f"{WEEKDAYS[moment.weekday()]}, {month_day_year(moment)}"
    return (
        f"{page.headline}\n\n{stamp}\n\nBy {page.author}\n\n"
        f"{body_text(page, dateline_colon(page))}\n\nRELATED\n"
        + "\n".join(teasers(rng, g, 3, 5))
        + "\n"
    )


def render_wireline(page: Page, rng: Random, g: Gazetteer) -> str:
    """A bare wire item: dateline and paragraphs only, lines not blank-separated."""
    credit = rng.choice((" (APP)", "", ""))
    return "\n".join([dateline_colon(page), *page.paragraphs]) + credit + "\n"


def render_centralwire(page: Page, rng: Random, g: Gazetteer) -> str:
    moment = page.published
    assert moment is not None
    city = (page.dateline or "Islamabad").upper()
    first = f"{city}, {short_month(moment)} {moment.day} ({page.outlet_shown}) — {page.lede}"
    return (
        f"{page.outlet_shown}\n\n{page.headline}\n\n{body_text(page, first)}\n\n"
        f"Published: {moment:%d.%m.%Y %H:%M} (GMT+5)\n\nRead more:\n"
        + "\n".join(teasers(rng, g, 2, 4))
        + "\n\nPopular\n"
        + "\n".join(teasers(rng, g, 1, 3))
        + "\n"
    )


def render_telegram(page: Page, rng: Random, g: Gazetteer) -> str:
    moment = page.published
    assert moment is not None
    likes = (
        f"👍 {rng.randint(1, 9)}.{rng.randint(0, 9)}K   💬 {rng.randint(3, 300)}   "
        f"🔁 {rng.randint(10, 900)}"
    )
    return (
        f"🇵🇰🤝🇷🇺 PAKISTAN–RUSSIA | {page.outlet_shown}\n"
        f"📅 {moment:%d.%m.%Y}\t⏰ {moment:%H:%M} PKT\n\n"
        f"🔴 {page.headline}\n\n" + "\n".join([page.lede, *page.paragraphs[:2]])
        + f"\n\n{likes}\n#Pakistan #Russia #Diplomacy\nJoin our channel 👉 t.me/"
        f"{page.outlet_shown.lower().replace(' ', '_')}\n"
    )  # fmt: skip


def title_case(text: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in text.split(" "))


NO_AUTHOR = frozenset({"author"})
UNDATED = frozenset({"author", "published_date", "outlet"})
STYLES = (
    Style("urdupoint", ("UrduPoint",), "PK", render_urdupoint, headline_case="title"),
    Style("wire", ("Reuters", "AFP", "Associated Press", "Anadolu Agency"), "", render_wire),
    Style("newspaper", ("Dawn", "The Express Tribune", "The News International", "The Nation",
                        "Daily Times", "Pakistan Observer", "Business Recorder",
                        "The Indus Courier", "Margalla Times"), "PK", render_newspaper),
    Style("tv", ("Dunya News", "Geo News", "ARY News", "Samaa TV", "92 News", "Express News",
                 "Aaj News", "PTV News", "Radio Pakistan"), "PK", render_tv, NO_AUTHOR),
    Style("blog", ("ProPakistani", "Daily Pakistan", "Pakistan Today", "Capital Post"), "PK",
          render_blog, NO_AUTHOR),
    Style("bare", ("",), "PK", render_bare, UNDATED | {"dateline"}),
    Style("asialite", ("Asian Lite News", "Eurasia Monitor"), "", render_asialite,
          NO_AUTHOR | {"dateline"}),
    Style("pid", ("Press Information Department",), "PK", render_pid, NO_AUTHOR,
          headline_case="upper"),
    Style("ledger", ("The Frontier Post", "The Khyber Ledger", "Islamabad Insight"), "PK",
          render_ledger, NO_AUTHOR),
    Style("meta", ("Arab News", "Gulf News", "Khaleej Times", "Daily Meridian"), "",
          render_meta),
    Style("energywire", ("Energy Update Pakistan", "Business Recorder"), "PK",
          render_energywire),
    Style("chronicle", ("The News International", "The Express Tribune", "Daily Chronicle"),
          "PK", render_chronicle),
    Style("tass", ("TASS", "RIA Novosti", "Interfax", "Sputnik"), "RU", render_tass, NO_AUTHOR),
    Style("xinhua", ("Xinhua", "CGTN", "China Daily"), "CN", render_xinhua, NO_AUTHOR),
    Style("mofa", ("Ministry of Foreign Affairs",), "PK", render_mofa, NO_AUTHOR | {"dateline"}),
    Style("desk", ("",), "PK", render_desk, UNDATED),
    Style("webdesk", ("Daily Pakistan", "Samaa TV", "The Nation"), "PK", render_webdesk,
          frozenset({"outlet"})),
    Style("centralwire", ("Central Asia Wire", "Kazinform"), "", render_centralwire, NO_AUTHOR),
)  # fmt: skip
STYLE_WEIGHTS = (
    ("urdupoint", 14), ("wire", 8), ("newspaper", 14), ("tv", 10), ("blog", 6), ("bare", 6),
    ("asialite", 6), ("pid", 3), ("ledger", 6), ("meta", 4), ("energywire", 3),
    ("chronicle", 5), ("tass", 5), ("xinhua", 4), ("mofa", 2), ("desk", 4), ("webdesk", 4),
    ("centralwire", 2),
)  # fmt: skip
STYLE_BY_NAME = {style.name: style for style in STYLES}
TINY_STYLES = (
    Style("wireline", ("",), "PK", render_wireline, UNDATED | {"headline"}),
    Style("telegram", ("Diplomacy Desk", "Islamabad Diplomatic Wire"), "PK", render_telegram,
          NO_AUTHOR | {"dateline"}),
)  # fmt: skip


# --------------------------------------------------------------------------------- names


class Namer:
    """How one article names people: one spelling per person, titles from the home side."""

    def __init__(self, rng: Random, g: Gazetteer, home: str, day: dt.date) -> None:
        self.rng, self.g, self.home, self.day = rng, g, home, day
        self.chosen: dict[str, str] = {}

    def spelling(self, entity_id: str) -> str:
        if entity_id not in self.chosen:
            options = self.g.spellings.get(entity_id) or (self.g.names[entity_id],)
            pick = options[0] if self.rng.random() < 0.7 else self.rng.choice(options)
            self.chosen[entity_id] = pick
        return self.chosen[entity_id]

    def surname(self, term: Term) -> str:
        name = self.spelling(term.entity_id)
        words = name.split()
        if " bin " in name or len(words) < 2:
            return name
        return words[0] if term.country == "CN" else words[-1]

    def label(self, term: Term) -> str:
        label = OFFICE_LABELS.get((term.office, term.country), term.office)
        if term.office == "Foreign Minister" and "Deputy Prime Minister" in self.g.offices_of(
            term.entity_id, self.day
        ):
            label = "Deputy Prime Minister and Foreign Minister"
        if term.entity_id in CARETAKERS and term.office in ("Prime Minister", "Foreign Minister"):
            label = self.rng.choice(("Caretaker ", "Interim ", "Caretaker ")) + label
        return label

    def demonym(self, country: str) -> str:
        return self.g.demonyms.get(country, self.g.countries.get(country, country))

    def country(self, code: str) -> str:
        return COUNTRY_SHORT.get(code, self.g.countries.get(code, code))

    def full(self, term: Term) -> str:
        """First mention: title and name, e.g. "Russian Foreign Minister Sergei Lavrov"."""
        name = self.spelling(term.entity_id)
        if term.office in MILITARY_OFFICES:
            name = f"General {name}"
        if term.office == "Ambassador":
            return self.ambassador(term, name)
        label = self.label(term)
        pick = self.rng.random()
        if term.country == self.home:
            abbreviation = OFFICE_ABBREVIATIONS.get(term.office)
            if abbreviation and pick < 0.15 and label == term.office:
                return f"{abbreviation} {name}"
            if pick > 0.92 and term.office in ("President", "Prime Minister"):
                return f"the {label}"  # "called on the Prime Minister": the office alone
            return f"{label} {name}"
        if pick < 0.7:
            return f"{self.demonym(term.country)} {label} {name}"
        if pick < 0.9:
            return f"{self.country(term.country)}'s {label} {name}"
        long_name = LONG_COUNTRY.get(term.country, self.g.countries[term.country])
        return f"{label} of {long_name} {name}"

    def ambassador(self, term: Term, name: str) -> str:
        demonym, posted = self.demonym(term.country), self.country(term.posted_to)
        return self.rng.choice(
            (
                f"{demonym} Ambassador to {posted} {name}",
                f"{demonym} Ambassador {name}",
                f"{self.country(term.country)}'s Ambassador to {posted} {name}",
                f"{demonym} envoy {name}",
            )
        )

    def short(self, term: Term, ambiguous: bool = False) -> str:
        """A later mention: surname, "President Putin" or "the Russian president".

        ``ambiguous`` when the counterpart holds the same office: then "the prime
        minister" would not say which one, so the demonym is always given."""
        pick = self.rng.random()
        if pick < 0.55:
            return self.surname(term)
        label = "ambassador" if term.office == "Ambassador" else self.label(term)
        if pick < 0.8:
            home = term.country == self.home and not ambiguous
            side = "" if home else f"{self.demonym(term.country)} "
            return f"the {side}{label.lower()}"
        title = cap(label.split(" and ")[0].replace("Caretaker ", "").replace("Interim ", ""))
        return f"{title} {self.surname(term)}"


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# ------------------------------------------------------------------------ meeting text


@dataclass
class Telling:
    """One article's way of telling one meeting."""

    rng: Random
    g: Gazetteer
    meeting: Meeting
    namer: Namer
    published: dt.date | None
    topics: tuple[str, ...]

    @property
    def host(self) -> Term:
        return self.meeting.host

    @property
    def guest(self) -> Term:
        return self.meeting.guest

    def when(self) -> str:
        return when_phrase(self.rng, self.meeting.day, self.published, self.meeting.status)

    def where(self) -> str:
        meeting, rng = self.meeting, self.rng
        if meeting.city is None or meeting.event is not None:
            return f" in {meeting.city}" if meeting.city and rng.random() < 0.7 else ""
        city, venues = VENUES.get((meeting.host.country, meeting.host.office), ("", ()))
        if city == meeting.city and rng.random() < 0.45:
            venue = rng.choice(venues)
            return f" {venue} in {meeting.city}" if rng.random() < 0.6 else f" {venue}"
        return f" in {meeting.city}"

    def short(self, term: Term) -> str:
        other = self.guest if term is self.host else self.host
        return self.namer.short(term, ambiguous=term.office == other.office)

    def speaker(self) -> tuple[Term, Term]:
        """One side and the other, in random order."""
        if self.rng.random() < 0.5:
            return self.host, self.guest
        return self.guest, self.host

    def topic_list(self, count: int = 3) -> str:
        chosen = self.rng.sample(self.topics, min(count, len(self.topics)))
        if len(chosen) == 1:
            return chosen[0]
        return ", ".join(chosen[:-1]) + " and " + chosen[-1]


def when_phrase(rng: Random, day: dt.date, published: dt.date | None, status: str) -> str:
    """ "on Tuesday", "yesterday", "on March 3": what a reporter writes, given the page date."""
    weekday = f" on {WEEKDAYS[day.weekday()]}"
    explicit = rng.choice(
        (f" on {MONTHS[day.month - 1]} {day.day}", f" on {day.day} {MONTHS[day.month - 1]}")
    )
    if published is None:
        return rng.choice((weekday, weekday, explicit, ""))
    delta = (published - day).days
    if status == "planned":
        delta = -delta
        if delta == 1:
            return rng.choice((" tomorrow", weekday, weekday))
        return weekday if delta <= 6 and rng.random() < 0.8 else explicit
    if delta == 0:
        return rng.choice((weekday, weekday, weekday, " today"))
    if delta == 1:
        return rng.choice((weekday, weekday, " yesterday"))
    return weekday if delta <= 6 and rng.random() < 0.85 else explicit  # fmt: skip


EVENT_PHRASES = (
    ("sco-summit", ("the Shanghai Cooperation Organisation (SCO) summit", "the SCO summit",
                    "the SCO Heads of State Council meeting")),
    ("sco-council-of-foreign-ministers", ("the SCO Council of Foreign Ministers meeting",
                                          "the meeting of SCO foreign ministers")),
    ("sco-council-of-heads", ("the SCO Council of Heads of Government meeting",
                              "the SCO heads of government summit")),
    ("brics-summit", ("the BRICS summit",)),
    ("unga", ("the UN General Assembly session", "the annual session of the UN General Assembly")),
    ("g20-summit", ("the G20 summit",)),
    ("oic-council", ("the OIC Council of Foreign Ministers session",)),
)  # fmt: skip


def event_phrase(rng: Random, event: Event) -> str:
    for prefix, phrases in EVENT_PHRASES:
        if event.entity_id.startswith(prefix):
            return rng.choice(phrases)
    return f"the {event.name}"


HELD_LEDES = {
    "meeting": (
        "{A}{when} met {B}{where} and discussed {topics}.",
        "{A} met {B}{where}{when}, during which the two sides discussed {topics}.",
        "{A} and {B} met{where}{when} to review {topics}.",
        "{A} held a meeting with {B}{where}{when}.",
        "{B} met {A}{when}{where}, with {topics} high on the agenda.",
    ),
    "talks": (
        "{A} held talks with {B}{where}{when}, focusing on {topics}.",
        "{A} and {B}{when} held talks{where} on {topics}.",
        "{B} held wide-ranging talks with {A}{where}{when}.",
        "{A}{when} engaged in talks with {B}{where}, covering {topics}.",
    ),
    "delegation-level talks": (
        "{A} and {B}{when} held delegation-level talks{where}.",
        "{A} led his side in delegation-level talks with {B}{where}{when}.",
        "{A} and {B} held delegation-level talks{where}{when} and reviewed {topics}.",
    ),
    "call on": (
        "{B}{when} called on {A}{where}.",
        "{B} called on {A}{where}{when} and discussed {topics}.",
        "{B}, who is on a visit to {country_a}, called on {A}{when}.",
    ),
    "courtesy call": (
        "{B}{when} paid a courtesy call on {A}{where}.",
        "{B} paid a courtesy call on {A}{where}{when} and discussed {topics}.",
    ),
    "farewell call": (
        "Outgoing {B} paid a farewell call on {A}{where}{when}.",
        "{B}, who is completing his tenure, paid a farewell call on {A}{when}.",
        "{A}{when} received outgoing {B}, who paid a farewell call on him{where}.",
    ),
    "telephone conversation": (
        "{A}{when} held a telephone conversation with {B} and discussed {topics}.",
        "{A} and {B} spoke on the telephone{when}, discussing {topics}.",
        "{A} received a telephone call from {B}{when}.",
        "{A}{when} telephoned {B} to discuss {topics}.",
    ),
    "video conference": (
        "{A} and {B}{when} held a meeting via video link to review {topics}.",
        "{A} held a video conference with {B}{when} on {topics}.",
        "{A} and {B} met virtually{when} to discuss {topics}.",
    ),
    "sideline meeting": (
        "{A} met {B}{when} on the sidelines of {event}{where}.",
        "{A}{when} held a meeting with {B} on the sidelines of {event}{where}.",
        "On the sidelines of {event}{where}, {A} met {B}{when}.",
        "{A} and {B} met on the margins of {event}{where}{when}.",
    ),
}
PLANNED_LEDES = {
    "meeting": (
        "{A} will meet {B}{where}{when}, officials said.",
        "{A} is expected to meet {B}{where}{when} to discuss {topics}.",
    ),
    "talks": (
        "{A} is expected to hold talks with {B}{where}{when}.",
        "{A} will hold talks with {B}{where}{when} on {topics}, the Foreign Office said.",
    ),
    "call on": (
        "{B} is scheduled to call on {A}{when} during a visit to {city}.",
        "{B} will call on {A}{where}{when}, officials said.",
    ),
    "sideline meeting": (
        "{A} and {B} are set to meet on the sidelines of {event}{when}.",
        "{A} will travel to {city} to attend {event} and is scheduled to hold a bilateral "
        "meeting with {B}{when}.",
    ),
}


def lede(t: Telling) -> str:
    meeting, rng, namer = t.meeting, t.rng, t.namer
    table = PLANNED_LEDES if meeting.status == "planned" else HELD_LEDES
    template = rng.choice(table[meeting.kind])
    slots = {
        "A": namer.full(t.host),
        "B": namer.full(t.guest),
        "when": t.when(),
        "where": t.where(),
        "topics": t.topic_list(3),
        "event": event_phrase(rng, meeting.event) if meeting.event else "the summit",
        "city": meeting.city or t.g.capitals[t.host.country],
        "country_a": t.g.countries[t.host.country],
    }
    return cap(template.format_map(slots))


def headline(t: Telling) -> str:
    rng, namer, meeting = t.rng, t.namer, t.meeting
    a, b = namer.surname(t.host), namer.surname(t.guest)
    topic = rng.choice(t.topics).removeprefix("the ")
    city = meeting.city or ""
    if meeting.status == "planned":
        options = [f"{a} to meet {b}{' in ' + city if city else ''}",
                   f"{b} to hold talks with {a} on {topic}"]  # fmt: skip
    elif meeting.kind in ("call on", "farewell call", "courtesy call"):
        what = {"farewell call": "pays farewell call on", "courtesy call": "calls on"}
        options = [f"{b} {what.get(meeting.kind, 'calls on')} {a}",
                   f"{namer.demonym(t.guest.country)} {t.guest.office.lower()} calls on {a}, "
                   f"discusses {topic}"]  # fmt: skip
    elif meeting.mode == "phone":
        options = [f"{a}, {b} discuss {topic} over telephone", f"{a} speaks to {b} by phone"]
    else:
        options = [f"{a}, {b} discuss {topic}{' in ' + city if city else ''}",
                   f"{a} meets {b}, agrees to expand {topic}",
                   f"{t.g.countries[t.host.country]}, {t.g.countries[t.guest.country]} agree to "
                   f"{rng.choice(GOALS)}",
                   f"{a} holds talks with {b} on {topic}"]  # fmt: skip
    return cap(rng.choice(options))


def p_discussed(t: Telling) -> str:
    rng = t.rng
    who = rng.choice(("The two sides", "Both sides", "They", "The two leaders", "The officials"))
    verb = rng.choice(("reviewed", "discussed", "took stock of", "exchanged views on"))
    tail = rng.choice(
        ("", f" and agreed to {rng.choice(GOALS)}", f", and resolved to {rng.choice(GOALS)}")
    )
    return f"{who} {verb} {t.topic_list(rng.randint(2, 4))}{tail}."  # fmt: skip


def p_position(t: Telling) -> str:
    rng, namer = t.rng, t.namer
    speaker, other = t.speaker()
    country, other_country = namer.country(speaker.country), namer.country(other.country)
    return (
        f"{cap(t.short(speaker))} said {country} "
        f"{rng.choice(('attached great importance to', 'valued', 'placed a high premium on'))} "
        f"its {rng.choice(('relations', 'ties', 'partnership'))} with {other_country} and "
        f"{rng.choice(('wanted to', 'was keen to', 'was ready to'))} "
        f"{rng.choice(('work more closely on', 'do more together on', 'make faster progress on'))} "
        f"{t.topic_list(2)}."
    )


QUOTE_OPENERS = ("We are ready to", "Our countries should", "We want to", "It is time to",
                 "We intend to", "Both our peoples expect us to")  # fmt: skip


def p_quote(t: Telling) -> str:
    rng = t.rng
    speaker, _ = t.speaker()
    said = rng.choice(("said", "told reporters", "was quoted as saying", "said in his remarks"))
    quote = f"{rng.choice(QUOTE_OPENERS)} {rng.choice(GOALS)}"
    extra = rng.choice(("", f", and {rng.choice(t.topics)} is an important part of that"))
    return f"“{quote}{extra},” {t.short(speaker)} {said}."


def p_reply(t: Telling) -> str:
    rng = t.rng
    speaker, _ = t.speaker()
    visiting = t.meeting.mode == "in_person" and t.meeting.event is None
    if speaker is t.guest and visiting and rng.random() < 0.3:
        return f"{cap(t.short(speaker))} thanked his hosts for the warm hospitality."
    action = rng.choice(
        (
            f"appreciated the progress made on {rng.choice(t.topics)}",
            f"said his government would work to {rng.choice(GOALS)}",
            f"underlined the need to {rng.choice(GOALS)}",
            f"stressed that {rng.choice(t.topics)} offered a great deal of untapped potential",
        )
    )
    return f"{cap(t.short(speaker))} {action}."


def p_agreed(t: Telling) -> str:
    rng = t.rng
    opener = rng.choice(("The two sides agreed to", "It was agreed to", "Both sides decided to",
                         "The meeting agreed to"))  # fmt: skip
    return f"{opener} {rng.choice(AGREEMENTS)}."


def p_trade(t: Telling) -> str:
    rng, namer = t.rng, t.namer
    a, b = namer.country(t.host.country), namer.country(t.guest.country)
    value = rng.randint(3, 48) / 10 if rng.random() < 0.7 else rng.randint(120, 980)
    unit = "billion" if value < 10 else "million"
    year = (t.published or t.meeting.day).year - 1
    return (
        f"Bilateral trade between {a} and {b} {rng.choice(('stood at', 'reached', 'amounted to'))} "
        f"${value} {unit} in {year}, {rng.choice(('up', 'down'))} {rng.randint(2, 60)} percent "
        f"from a year earlier, according to "
        f"{rng.choice(('official figures', 'customs data', 'the State Bank'))}."
    )


def p_handout(t: Telling) -> str:
    rng = t.rng
    sources = HANDOUT_SOURCES.get(t.host.country, ("officials",))
    noun = {"phone": "conversation", "video": "virtual meeting"}.get(t.meeting.mode, "meeting")
    return (
        f"According to {rng.choice(('a statement issued by', 'a handout from', 'a readout by'))} "
        f"{rng.choice(sources)}, the {noun} lasted {rng.choice(('about', 'more than', 'nearly'))} "
        f"{rng.choice((30, 40, 45, 50, 60, 90, 120))} minutes."
    )


def p_earlier(t: Telling) -> str:
    rng = t.rng
    earlier = t.meeting.day - dt.timedelta(days=rng.randint(60, 700))
    city = rng.choice((t.g.capitals[t.host.country], t.g.capitals[t.guest.country], "Astana",
                       "Samarkand", "Tashkent"))  # fmt: skip
    return (
        f"The two {rng.choice(('sides', 'leaders', 'officials'))} last met in {city} in "
        f"{MONTHS[earlier.month - 1]} {earlier.year}, when they "
        f"{rng.choice(('agreed to', 'pledged to', 'discussed ways to'))} {rng.choice(GOALS)}."
    )


def p_region(t: Telling) -> str:
    rng = t.rng
    speaker, _ = t.speaker()
    issues = [
        "peace and stability in Afghanistan",
        "an immediate ceasefire in Gaza",
        "joint action against terrorist groups operating in the region",
        "the peaceful resolution of conflicts through dialogue and diplomacy",
    ]
    if speaker.country == "PK":
        issues.append("a negotiated settlement of the Kashmir dispute")
    issue = rng.choice(issues)
    verb = rng.choice(("underlined", "stressed", "emphasised", "highlighted"))
    return f"On regional issues, {t.short(speaker)} {verb} the importance of {issue}."


def p_present(t: Telling) -> str:
    rng = t.rng
    who = rng.choice(
        (
            "Senior officials of the Ministry of Foreign Affairs",
            "Members of the federal cabinet and senior officials",
            f"The {t.namer.demonym(t.guest.country)} ambassador and members of the delegation",
            "Officials of both sides",
        )
    )
    return f"{who} were also present {rng.choice(('on the occasion', 'during the meeting'))}."


def p_visit(t: Telling) -> str:
    rng = t.rng
    days = rng.choice(("two-day", "three-day", "four-day", "day-long"))
    nature = rng.choice(("official", "working", "bilateral"))
    place = t.g.countries[t.host.country]
    return f"{cap(t.short(t.guest))} is on a {days} {nature} visit to {place}."


def p_invitation(t: Telling) -> str:
    rng = t.rng
    return (
        f"{cap(t.short(t.host))} {rng.choice(('extended', 'renewed'))} an invitation to "
        f"{t.short(t.guest)} to visit {t.g.countries[t.host.country]} at a mutually "
        "convenient time."
    )


def p_context(t: Telling) -> str:
    rng, namer = t.rng, t.namer
    a, b = namer.country(t.host.country), namer.country(t.guest.country)
    return rng.choice(
        (
            f"{a} and {b} have stepped up contacts at the political level over the past few "
            f"years, with {rng.choice(t.topics)} emerging as a priority for both.",
            f"Relations between {a} and {b} have {rng.choice(('warmed', 'broadened', 'deepened'))} "
            f"since {rng.randint(2014, t.meeting.day.year)}, diplomats say.",
            f"Officials in {rng.choice((a, b))} describe the relationship as "
            f"{rng.choice(('a strategic partnership', 'one of trust', 'free of irritants'))}.",
        )
    )  # fmt: skip


def p_project(t: Telling) -> str:
    rng = t.rng
    countries = (t.host.country, t.guest.country)
    projects = ["a new oil refinery", "a joint pharmaceutical plant", "a direct shipping line",
                "a barter trade framework", "a new industrial zone"]  # fmt: skip
    if "PK" in countries:
        projects += ["the Pakistan Stream gas pipeline", "the Trans-Afghan railway",
                     "the upgrade of the Karachi steel mill"]  # fmt: skip
    obstacles = ["financing", "security concerns", "delays in approvals",
                 "disagreements over tariffs", "the cost of insurance"]  # fmt: skip
    if "RU" in countries:
        obstacles.append("sanctions on Russian banks")
    project, obstacle = rng.choice(projects), rng.choice(obstacles)
    return (
        f"Work on {project} has been slowed by {obstacle}, officials said, although both sides "
        f"have said they want it completed {rng.choice(('by next year', 'soon', 'this decade'))}."
    )


def p_economy(t: Telling) -> str:
    rng, namer = t.rng, t.namer
    country = namer.country(rng.choice((t.host.country, t.guest.country)))
    need = rng.choice(
        ("cheaper energy", "foreign investment", "new export markets", "food imports",
         "support at international forums", "technology transfer")
    )  # fmt: skip
    return (
        f"{cap(country)} has been looking for {need} as it "
        f"{rng.choice(('tries to stabilise its economy', 'diversifies its partners'))}."
    )


def side_sentence(t: Telling, side: Meeting) -> str:
    """The guest's other meeting that day, in passing: "Later, he called on …"."""
    rng, namer = t.rng, t.namer
    when = rng.choice(("Later", "Separately", "Earlier in the day", "Later in the day"))
    verb = "called on" if side.kind == "call on" else rng.choice(("met", "held a meeting with"))
    return (
        f"{when}, {namer.short(side.guest)} {verb} {namer.full(side.host)} and discussed "
        f"{t.topic_list(2)}."
    )


def p_closing(t: Telling) -> str:
    rng = t.rng
    return rng.choice(
        (
            "Both sides agreed to stay in touch.",
            "The two sides agreed to maintain regular contact at all levels.",
            "They agreed to keep consulting each other on matters of mutual interest.",
            f"The {rng.choice(('talks', 'meeting'))} ended on a cordial note, officials said.",
        )
    )


def p_expected(t: Telling) -> str:
    rng = t.rng
    opener = rng.choice(
        ("The talks are expected to cover", "Officials said the two sides would discuss",
         "The agenda is likely to include", "Diplomats expect the meeting to focus on")
    )  # fmt: skip
    return f"{opener} {t.topic_list(rng.randint(2, 4))}."


def p_preparations(t: Telling) -> str:
    rng = t.rng
    return (
        f"{rng.choice(('Preparations', 'Arrangements'))} for the "
        f"{rng.choice(('visit', 'meeting', 'talks'))} were reviewed at a meeting chaired by the "
        f"{rng.choice(('foreign secretary', 'interior minister', 'chief secretary'))}, "
        f"an official said, adding that {rng.choice(AGREEMENTS).split(' at ')[0]} was likely "
        "to be discussed."
    )


HELD_PARAGRAPHS: tuple[Callable[[Telling], str], ...] = (
    p_discussed, p_position, p_quote, p_reply, p_agreed, p_trade, p_handout, p_earlier,
    p_region, p_context, p_project, p_economy,
)  # fmt: skip
VISIT_PARAGRAPHS: tuple[Callable[[Telling], str], ...] = (p_present, p_visit, p_invitation)
PLANNED_PARAGRAPHS: tuple[Callable[[Telling], str], ...] = (
    p_expected, p_preparations, p_trade, p_earlier, p_context, p_project, p_economy,
)  # fmt: skip


def paragraph_makers(meeting: Meeting) -> tuple[Callable[[Telling], str], ...]:
    """What may be said about the meeting: no visit talk for calls, no past for plans."""
    if meeting.status == "planned":
        return PLANNED_PARAGRAPHS
    visiting = meeting.mode == "in_person" and meeting.event is None
    if visiting and meeting.guest.office != "Ambassador":
        return HELD_PARAGRAPHS + VISIT_PARAGRAPHS
    return HELD_PARAGRAPHS


# ------------------------------------------------------------------- no-meeting stories


@dataclass
class Context:
    """Text material for a document that reports no meeting."""

    rng: Random
    g: Gazetteer
    namer: Namer
    day: dt.date
    person: Term
    country: str
    topics: tuple[str, ...]

    @property
    def other(self) -> str:
        return self.namer.country(self.country)

    def two_topics(self) -> tuple[str, str]:
        first, second = self.rng.sample(self.topics, 2)
        return first, second


def pick_topics(rng: Random, countries: Sequence[str]) -> tuple[str, ...]:
    """Six topics for one article; Pakistan's own projects only when Pakistan takes part."""
    pool = TOPICS + PAKISTAN_TOPICS if "PK" in countries else TOPICS
    return tuple(rng.sample(pool, 6))


def pick_person(rng: Random, g: Gazetteer, day: dt.date, other: str) -> Term:
    """Someone on either side of the story: Pakistan's or the other country's."""
    for _ in range(50):
        country = rng.choice(("PK", "PK", other))
        holders = g.holders(country, HEAD_OFFICES + FOREIGN_OFFICES, day)
        if holders:
            return rng.choice(holders)
    return g.terms[("RU", "President")][-1]


def n_statement(c: Context) -> tuple[str, str]:
    """A Foreign Office statement: condolences, felicitations or a welcome."""
    rng, other = c.rng, c.other
    capital = c.g.capitals[c.country]
    town = rng.choice(("Moscow", "Kazan", "Belgorod", capital) if c.country == "RU" else (capital,))
    subject = rng.choice(("Pakistan", "The Foreign Office", "Islamabad"))
    pick = rng.randrange(4)
    if pick == 0:
        return f"Pakistan condemns terrorist attack in {town}", (
            f"{subject} strongly condemns the terrorist attack in {town} that claimed "
            f"{rng.randint(3, 40)} lives. Pakistan condemns terrorism in all its forms and "
            f"manifestations and stands with the people of {other} at this difficult time."
        )
    if pick == 1:
        return f"Pakistan felicitates {other} on national day", (
            f"{subject} extends warm felicitations to the government and people of {other} on "
            f"their national day. The two countries enjoy "
            f"{rng.choice(('close', 'cordial', 'friendly'))} relations rooted in mutual "
            "respect, the statement said."
        )
    if pick == 2:
        topic = rng.choice(c.topics)
        return f"Pakistan welcomes {other}'s decision on {topic.removeprefix('the ')}", (
            f"{subject} welcomes the decision of {other} to move forward on {topic}."
        )
    return f"Pakistan expresses grief over floods in {other}", (
        f"{subject} expresses deep grief over the loss of lives in the floods that hit parts of "
        f"{other}. Pakistan's embassy in {capital} is in touch with the local authorities, the "
        "Foreign Office said."
    )


def n_speech(c: Context) -> tuple[str, str]:
    rng, namer = c.rng, c.namer
    forum = rng.choice(
        (
            "a seminar on regional connectivity",
            "the National Defence University",
            "a business forum",
            "the Institute of Strategic Studies",
            "students of a university",
            "a ceremony marking the anniversary of diplomatic relations",
        )
    )
    city = rng.choice((c.g.capitals[c.person.country], rng.choice(TOWNS)))
    when = f" on {WEEKDAYS[c.day.weekday()]}" if rng.random() < 0.7 else ""
    text = (
        f"{namer.full(c.person)} said{when} that {rng.choice(c.topics)} would remain a "
        f"priority, while addressing {forum} in {city}."
    )
    return f"{namer.surname(c.person)} calls for focus on {rng.choice(c.topics)}", text


def n_trade(c: Context) -> tuple[str, str]:
    rng, other = c.rng, c.other
    direction = rng.choice(("exports to", "imports from"))
    value, change = rng.randint(40, 1900), rng.randint(2, 70)
    trend = rng.choice(("rose", "fell", "climbed", "dropped"))
    period = rng.choice(("July–March", "the first quarter", "the last fiscal year", "ten months"))
    text = (
        f"Pakistan's {direction} {other} {trend} by {change} percent to ${value} million in "
        f"{period}, according to data released by the Pakistan Bureau of Statistics."
    )
    return f"Pakistan's {direction} {other} {trend} {change}pc in {period}", text


def n_oped(c: Context) -> tuple[str, str]:
    rng, other = c.rng, c.other
    text = (
        f"Relations between Pakistan and {other} have "
        f"{rng.choice(('come a long way', 'changed', 'grown steadily'))} over the past decade, "
        f"driven by {rng.choice(c.topics)} as much as by geopolitics."
    )
    angle = rng.choice(("the long road", "a partnership in the making", "beyond the headlines"))
    return f"Pakistan and {other}: {angle}", text


def f_agenda(c: Context) -> str:
    first, second = c.two_topics()
    return (
        f"Officials said {first} and {second} would be on the agenda of the next round of "
        f"consultations with {c.other}."
    )


def f_commitment(c: Context) -> str:
    rng = c.rng
    return (
        f"{cap(c.namer.short(c.person))} said {rng.choice(('the government', 'the country'))} "
        f"{rng.choice(('was determined to', 'would continue to', 'hoped to'))} "
        f"{rng.choice(GOALS)}."
    )


def f_figures(c: Context) -> str:
    rng = c.rng
    return (
        f"Figures show {rng.choice(('wheat', 'crude oil', 'rice', 'citrus', 'textile', 'LPG'))} "
        f"shipments {rng.choice(('grew', 'fell'))} by {rng.randint(3, 60)} percent to "
        f"{rng.randint(20, 900)},000 tonnes in {rng.choice(MONTHS)}."
    )


def f_analysts(c: Context) -> str:
    rng = c.rng
    first, second = c.two_topics()
    verdict = rng.choice(("a sticking point", "the main driver", "an untested opportunity"))
    return (
        f"Analysts say {first} remains {verdict} in relations with {c.other}, and that "
        f"progress on {second} has been slow."
    )


def f_quote(c: Context) -> str:
    rng = c.rng
    return (
        f"“The world is changing, and {rng.choice(QUOTE_OPENERS).lower()} "
        f"{rng.choice(GOALS)},” {c.namer.short(c.person)} said."
    )


def f_featured(c: Context) -> str:
    rng = c.rng
    return (
        f"{cap(rng.choice(c.topics))} has featured in every high-level contact in recent years, "
        f"{rng.choice(('officials', 'diplomats', 'observers'))} noted."
    )


def f_market(c: Context) -> str:
    rng = c.rng
    return (
        f"Traders in {rng.choice(TOWNS)} said {rng.choice(('freight', 'insurance', 'payment'))} "
        f"costs had {rng.choice(('eased', 'risen', 'stabilised'))} since {rng.choice(MONTHS)}, "
        f"while {rng.choice(('exporters', 'importers', 'shippers'))} still waited for "
        f"{rng.choice(('direct banking links', 'a clear tariff schedule', 'new shipping routes'))}."
    )


def f_history(c: Context) -> str:
    rng = c.rng
    decade = rng.choice(("1970s", "1980s", "1990s", "2000s"))
    return (
        f"In the {decade}, relations between Pakistan and {c.other} were "
        f"{rng.choice(('cool', 'limited', 'distant', 'overshadowed by the Cold War'))}; "
        f"today {rng.choice(c.topics)} ties the two together."
    )


Filler = Callable[[Context], str]
NO_MEETING_STORIES: tuple[tuple[Callable[[Context], tuple[str, str]], tuple[Filler, ...]], ...] = (
    (n_statement, (f_commitment, f_featured, f_agenda, f_history)),
    (n_speech, (f_quote, f_commitment, f_analysts, f_featured, f_history)),
    (n_trade, (f_figures, f_market, f_analysts, f_agenda)),
    (n_oped, (f_history, f_analysts, f_featured, f_market, f_quote, f_figures)),
)


# ------------------------------------------------------------------------------ builder


@dataclass
class Doc:
    text: str
    truth: dict
    title: str
    reports_side: bool = False
    as_jsonl: bool = False
    jsonl: dict = field(default_factory=dict)


class ShardWriter:
    """Generates one subfolder's documents from its own Random."""

    def __init__(self, seed: int, shard: int, g: Gazetteer) -> None:
        self.rng = Random(f"envoy-synth:{seed}:{shard}")
        self.g = g
        self.shard = shard
        self.seed = seed
        self.meetings = 0

    # -- pages

    def pick_style(self, avoid: set[str]) -> Style:
        choices = [(name, weight) for name, weight in STYLE_WEIGHTS if name not in avoid]
        return STYLE_BY_NAME[weighted(self.rng, choices)]

    def outlet(self, style: Style) -> tuple[str | None, str]:
        canonical = self.rng.choice(style.outlets)
        if not canonical:
            return None, ""
        spellings = self.g.outlets.get(canonical, (canonical,))
        shown = canonical if self.rng.random() < 0.8 else self.rng.choice(spellings[:3])
        return canonical, shown

    def target_size(self) -> int:
        size = self.rng.lognormvariate(0, 0.5) * MEDIAN_BYTES
        if self.rng.random() < 0.015:
            size *= self.rng.uniform(2.5, 5)  # long pieces: features, briefings
        return int(min(max(size, 900), 60_000))

    def moment(self, day: dt.date) -> dt.datetime:
        return dt.datetime(day.year, day.month, day.day, self.rng.randint(7, 23),
                           self.rng.randint(0, 59))  # fmt: skip

    def grow(self, paragraphs: list[str], make: Callable[[], str], target: int) -> None:
        """Append paragraphs of one to three sentences until the text reaches ``target``."""
        size = sum(len(p) for p in paragraphs)
        for _ in range(2000):
            if size >= target:
                return
            sentences = weighted(self.rng, (("1", 45), ("2", 40), ("3", 15)))
            paragraph = " ".join(make() for _ in range(int(sentences)))
            paragraphs.append(paragraph)
            size += len(paragraph) + 2

    def deck(self, makers: Sequence[Callable[[], str]]) -> Callable[[], str]:
        """Draw makers without repeats until all have been used, then reshuffle."""
        cards: list[Callable[[], str]] = []

        def draw() -> str:
            if not cards:
                cards.extend(makers)
                self.rng.shuffle(cards)
            return cards.pop()()

        return draw

    def finish(self, page: Page, style: Style, extra: dict) -> Doc:
        text = messy(self.rng, style.render(page, self.rng, self.g))
        truth = {"record": "article", **style.truth(page), "style": style.name, **extra}
        return Doc(text, truth, page.headline)

    # -- meeting documents

    def meeting_doc(self, meeting: Meeting, style: Style) -> Doc:
        rng = self.rng
        lag = publication_lag(rng, meeting.status)
        published = meeting.day + dt.timedelta(days=lag)
        shown_date = None if "published_date" in style.hides else published
        namer = Namer(rng, self.g, style.home, meeting.day)
        topics = pick_topics(rng, (meeting.host.country, meeting.guest.country))
        telling = Telling(rng, self.g, meeting, namer, shown_date, topics)
        canonical, shown = self.outlet(style)
        page = Page(
            headline=headline(telling),
            lede=lede(telling),
            paragraphs=[],
            outlet=canonical,
            outlet_shown=shown,
            published=self.moment(published),
            author=self.author(style),
            dateline=self.dateline(meeting, style),
        )
        page.tags = [
            self.g.countries[meeting.host.country],
            self.g.countries[meeting.guest.country],
            namer.spelling(meeting.host.entity_id),
            namer.spelling(meeting.guest.entity_id),
        ]
        self.meeting_body(page, telling)
        reports_side = meeting.side is not None and rng.random() < 0.7
        if meeting.side is not None and reports_side:
            page.paragraphs.insert(
                min(2, len(page.paragraphs)), side_sentence(telling, meeting.side)
            )
        doc = self.finish(page, style, {"meeting_id": meeting.meeting_id})
        doc.reports_side = reports_side
        return doc

    def meeting_body(self, page: Page, telling: Telling) -> None:
        rng = self.rng
        makers = paragraph_makers(telling.meeting)
        draw = self.deck([partial(maker, telling) for maker in makers])
        paragraphs = [makers[0](telling)]
        self.grow(paragraphs, draw, self.target_size() - 900)
        if rng.random() < 0.6 and telling.meeting.status == "held":
            paragraphs.append(p_closing(telling))
        page.paragraphs = paragraphs

    def author(self, style: Style) -> str:
        return reporter(self.rng) if self.rng.random() < 0.75 else self.rng.choice(DESKS)

    def dateline(self, meeting: Meeting, style: Style) -> str | None:
        rng = self.rng
        if style.name in ("bare",) and rng.random() < 0.7:
            return None
        if meeting.status == "held" and meeting.city and rng.random() < 0.85:
            return meeting.city
        home = {"RU": "Moscow", "CN": "Beijing"}.get(style.home, "Islamabad")
        return home

    # -- other documents

    def plain_doc(self, style: Style | None = None, target: int | None = None) -> Doc:
        """A document that reports no meeting: statement, speech, trade figures, op-ed."""
        rng = self.rng
        day = random_day(rng)
        style = style or self.pick_style({"pid", "urdupoint"} if rng.random() < 0.5 else set())
        country = "RU" if rng.random() < 0.7 else rng.choice(PARTNERS["PK"])
        person = pick_person(rng, self.g, day, country)
        namer = Namer(rng, self.g, style.home, day)
        topics = pick_topics(rng, ("PK", country))
        context = Context(rng, self.g, namer, day, person, country, topics)
        story, fillers = rng.choice(NO_MEETING_STORIES)
        title, lede_text = story(context)
        canonical, shown = self.outlet(style)
        page = Page(
            headline=cap(title),
            lede=lede_text,
            paragraphs=[],
            outlet=canonical,
            outlet_shown=shown,
            published=self.moment(day),
            author=self.author(style),
            dateline=rng.choice((self.g.capitals[person.country], "Islamabad", "Karachi")),
            tags=["Pakistan", self.g.countries[country]],
        )
        paragraphs: list[str] = []
        draw = self.deck([partial(maker, context) for maker in fillers])
        self.grow(paragraphs, draw, self.target_size() - 900 if target is None else target)
        if target == 0:  # a bare release: its number and date make it one of a kind
            paragraphs.append(f"No. {rng.randint(10, 480)}/{day.year}, {day_month_year(day)}")
        page.paragraphs = paragraphs
        doc = self.finish(page, style, {"meeting_id": None})
        if target == 0:
            doc.truth["published_date"] = day.isoformat()
        return doc

    def tiny_doc(self) -> Doc:
        """One-liners, channel posts and headline-only pages."""
        rng = self.rng
        if rng.random() < 0.3:
            day = random_day(rng)
            value = rng.randint(2, 40)
            origin = rng.choice(("Russian", "Kazakh", "Uzbek"))
            goods = rng.choice(("wheat", "oil", "fertiliser", "LPG"))
            tonnes = rng.randint(12, 950) * 1000
            title = (
                f"{origin} {goods} shipments to Pakistan {rng.choice(('rise', 'fall'))} "
                f"{value}pc to {tonnes:,} tonnes in {MONTHS[day.month - 1]} {day.year}"
            )
            truth = {"record": "article", "headline": title, "published_date": None,
                     "outlet": None, "author": None, "dateline": None, "style": "headline",
                     "meeting_id": None}  # fmt: skip
            return Doc(title + "\n", truth, title)
        return self.plain_doc(rng.choice(TINY_STYLES), target=rng.choice((0, 0, 300)))

    # -- the shard

    def documents(self, count: int) -> Iterator[tuple[Doc, Meeting | None]]:
        """Yields documents; a meeting comes with the last document that reports it."""
        rng = self.rng
        remaining = count
        while remaining > 0:
            if rng.random() < NO_MEETING_STORY_SHARE:
                remaining -= 1
                yield (self.tiny_doc() if rng.random() < 0.05 else self.plain_doc()), None
                continue
            meeting = self.next_meeting()
            copies = 1 if rng.random() >= SHARED_MEETING_SHARE else rng.choice((2, 2, 3))
            copies = min(copies, remaining)
            used: set[str] = set()
            for index in range(copies):
                style = self.meeting_style(used)
                used.add(style.name)
                remaining -= 1
                yield self.meeting_doc(meeting, style), (meeting if index == copies - 1 else None)

    def meeting_style(self, used: set[str]) -> Style:
        if self.rng.random() < 0.04:
            return self.rng.choice(TINY_STYLES)
        return self.pick_style(used)

    def next_meeting(self) -> Meeting:
        self.meetings += 1
        meeting_id = f"s{self.seed}-{self.shard:04d}-{self.meetings:05d}"
        meeting = plan_meeting(self.rng, self.g, meeting_id)
        if self.rng.random() < SIDE_MEETING_SHARE:
            meeting.side = plan_side_meeting(self.rng, self.g, meeting)
        return meeting


def publication_lag(rng: Random, status: str) -> int:
    if status == "planned":
        return -rng.choice((1, 1, 2, 3, 4, 5, 6, 8))
    return rng.choice((0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 3))


def messy(rng: Random, text: str) -> str:
    """Scraper noise: CRLF files, no-break spaces, zero-width characters, a byte-order mark."""
    pick = rng.random()
    if pick < 0.04:
        text = text.replace("\n", "\r\n")
    elif pick < 0.07:
        text = text.replace(" | ", "\u00a0|\u00a0", 2)
    elif pick < 0.08:
        text = text.replace(". ", ".\u200b ", 1)
    elif pick < 0.09:
        text = "\ufeff" + text
    return text


# ------------------------------------------------------------------------------ output

SLUG = re.compile(r"[^a-z0-9]+")


def file_name(rng: Random, index: int, doc: Doc) -> str:
    digest = hashlib.sha1(doc.text.encode("utf-8")).hexdigest()[:16]
    if rng.random() < 0.9:
        return f"{index:07d}_{digest}.txt"
    slug = SLUG.sub(" " if rng.random() < 0.3 else "_", doc.title.lower()).strip(" _")
    return f"{index:07d}_{slug[:60]}.txt"


@dataclass
class ShardResult:
    shard: int
    documents: int
    files: int
    records: int
    bytes_written: int
    truth_lines: list[str]


def write_shard(task: tuple[int, int, int, str, float]) -> ShardResult:
    """Write one subfolder; return its truth lines (a few MB at most)."""
    seed, shard, count, out, jsonl_share = task
    g = load_gazetteer()
    writer = ShardWriter(seed, shard, g)
    folder = Path(out) / f"part-{shard:04d}"
    folder.mkdir(parents=True, exist_ok=True)
    truth_lines: list[str] = []
    feed: list[str] = []
    files = written = 0
    pending: list[Doc] = []
    for offset, (doc, finished) in enumerate(writer.documents(count)):
        index = shard * SHARD_SIZE + offset
        if writer.rng.random() < jsonl_share:
            source_file, line = jsonl_record(writer.rng, index, doc)
            feed.append(line)
            written += len(line.encode("utf-8")) + 1
        else:
            source_file = file_name(writer.rng, index, doc)
            data = doc.text.encode("utf-8")
            (folder / source_file).write_bytes(data)
            files += 1
            written += len(data)
        doc.truth["source_file"] = source_file
        pending.append(doc)
        if finished is not None or doc.truth["meeting_id"] is None:
            truth_lines.extend(json.dumps(item.truth, ensure_ascii=False) for item in pending)
            if finished is not None:
                truth_lines.extend(meeting_truth(finished, pending))
            pending = []
    if feed:
        (folder / "feed.jsonl").write_text("\n".join(feed) + "\n", encoding="utf-8")
    return ShardResult(shard, count, files, len(feed), written, truth_lines)


def meeting_truth(meeting: Meeting, docs: list[Doc]) -> list[str]:
    """The meeting's truth line, and its side meeting's when some article tells it."""
    meeting.articles = [doc.truth["source_file"] for doc in docs]
    lines = [json.dumps(meeting.truth(), ensure_ascii=False)]
    side_articles = [doc.truth["source_file"] for doc in docs if doc.reports_side]
    if meeting.side is not None and side_articles:
        meeting.side.articles = side_articles
        lines.append(json.dumps(meeting.side.truth(), ensure_ascii=False))
    return lines


def jsonl_record(rng: Random, index: int, doc: Doc) -> tuple[str, str]:
    """A feed record: the text without the page around it is not needed; fields vary."""
    truth = doc.truth
    record_id = f"feed-{index:07d}"
    record: dict = {"id": record_id, "text": doc.text}
    if rng.random() < 0.8:
        slug = SLUG.sub("-", doc.title.lower()).strip("-")[:60]
        record["url"] = f"https://feeds.example/{truth['published_date'] or 'undated'}/{slug}"
    if rng.random() < 0.7:
        record["title"] = doc.title
    if truth["published_date"] and rng.random() < 0.7:
        record["published"] = truth["published_date"]
    if truth["outlet"] and rng.random() < 0.6:
        record["outlet"] = truth["outlet"]
    return record_id, json.dumps(record, ensure_ascii=False)


def truth_path_for(out: Path) -> Path:
    return out.parent / f"{out.name}.truth.jsonl"


@dataclass
class SynthResult:
    documents: int
    files: int
    records: int
    bytes_written: int
    meetings: int
    seconds: float
    truth_path: Path


def synthesize(
    articles: int,
    out: Path,
    seed: int = 0,
    truth_path: Path | None = None,
    jobs: int | None = None,
    jsonl_share: float = JSONL_SHARE,
    progress: Callable[[int, int], None] | None = None,
) -> SynthResult:
    """Write ``articles`` documents under ``out`` and the ground truth beside it."""
    started = time.perf_counter()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    truth_path = truth_path or truth_path_for(out)
    shards = [
        (seed, shard, min(SHARD_SIZE, articles - shard * SHARD_SIZE), str(out), jsonl_share)
        for shard in range((articles + SHARD_SIZE - 1) // SHARD_SIZE)
    ]
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(shards)))
    totals = SynthResult(0, 0, 0, 0, 0, 0.0, truth_path)
    with truth_path.open("w", encoding="utf-8") as truth:
        for result in run_shards(shards, jobs):
            for line in result.truth_lines:
                truth.write(line + "\n")
            totals.documents += result.documents
            totals.files += result.files
            totals.records += result.records
            totals.bytes_written += result.bytes_written
            totals.meetings += sum(
                1 for line in result.truth_lines if '"record": "meeting"' in line
            )
            if progress:
                progress(totals.documents, articles)
    totals.seconds = time.perf_counter() - started
    return totals


def run_shards(shards: list[tuple[int, int, int, str, float]], jobs: int) -> Iterator[ShardResult]:
    if jobs == 1:
        yield from map(write_shard, shards)
        return
    load_gazetteer()  # parsed once, inherited by the forked workers
    context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    with context.Pool(jobs) as pool:
        yield from pool.imap(write_shard, shards)


# ------------------------------------------------------------------------------ scoring


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


# --------------------------------------------------------------------------------- CLI


def add_synth_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--articles", type=int, required=True, help="how many documents")
    parser.add_argument("--out", required=True, help="folder to write (created if missing)")
    parser.add_argument("--seed", type=int, default=0, help="same seed, same bytes (default 0)")
    parser.add_argument("--truth", default=None, help="ground truth file (default OUT.truth.jsonl)")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: CPUs)")
    parser.add_argument(
        "--jsonl-share", type=float, default=JSONL_SHARE, help="share written as JSON Lines"
    )


def run_synth(args: argparse.Namespace) -> int:
    """``envoy synth``: write the corpus, report counts, sizes and the truth file."""
    if args.articles < 1:
        print("envoy synth: --articles must be at least 1", file=sys.stderr)
        return 2
    out = Path(args.out)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        print(f"envoy synth: {out} exists and is not an empty folder; pick a new one",
              file=sys.stderr)  # fmt: skip
        return 2
    truth = Path(args.truth) if args.truth else None
    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show:
            print(f"\r{done}/{total} documents", end="", file=sys.stderr, flush=True)

    result = synthesize(args.articles, out, args.seed, truth, args.jobs, args.jsonl_share, progress)
    if show:
        print(file=sys.stderr)
    print(
        f"wrote {result.documents} documents ({result.files} files, {result.records} JSON Lines "
        f"records, {result.bytes_written / 1e6:.1f} MB) with {result.meetings} meetings to {out} "
        f"in {result.seconds:.1f} s; truth in {result.truth_path}"
    )
    return 0
