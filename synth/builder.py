"""One subfolder's documents, generated from its own Random."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from random import Random

from synth.gazetteer import (
    MEDIAN_BYTES,
    MONTHS,
    NO_MEETING_STORY_SHARE,
    PARTNERS,
    SHARED_MEETING_SHARE,
    SIDE_MEETING_SHARE,
    Gazetteer,
)
from synth.layouts import STYLE_BY_NAME, STYLE_WEIGHTS, TINY_STYLES
from synth.meeting_text import Telling, headline, lede, p_closing, paragraph_makers, side_sentence
from synth.meetings import Meeting, plan_meeting, plan_side_meeting, random_day, weighted
from synth.names import Namer, cap
from synth.other_stories import NO_MEETING_STORIES, Context, pick_person, pick_topics
from synth.page_parts import Page, Style, day_month_year, reporter
from synth.words import DESKS


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
