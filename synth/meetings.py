"""The meetings the corpus reports: who meets whom, when, where, how and why."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from random import Random

from synth.gazetteer import (
    CAPITAL_ALTERNATIVES,
    DEFENCE_OFFICES,
    FIRST_DAY,
    FOREIGN_OFFICES,
    HEAD_OFFICES,
    LAST_DAY,
    PARTNERS,
    PLANNED_SHARE,
    Event,
    Gazetteer,
    Term,
)


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
