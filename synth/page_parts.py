"""What a page layout is made of: the page, its style, date and time formats, teasers."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from random import Random

from synth.gazetteer import MONTHS, Gazetteer
from synth.words import PROVINCES, REPORTER_FIRST, REPORTER_LAST, TEAMS, TOWNS


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


def title_case(text: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in text.split(" "))
