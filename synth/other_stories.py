"""The text of documents that report no meeting: statements, speeches, trade, op-eds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from random import Random

from synth.gazetteer import FOREIGN_OFFICES, HEAD_OFFICES, MONTHS, WEEKDAYS, Gazetteer, Term
from synth.meeting_text import QUOTE_OPENERS
from synth.names import Namer, cap
from synth.words import GOALS, PAKISTAN_TOPICS, TOPICS, TOWNS


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
