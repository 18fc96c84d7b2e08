"""The text of an article that reports a meeting: ledes, headlines and paragraphs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from random import Random

from synth.gazetteer import MONTHS, WEEKDAYS, Event, Gazetteer, Term
from synth.meetings import Meeting
from synth.names import Namer, cap
from synth.words import AGREEMENTS, GOALS, HANDOUT_SOURCES, VENUES


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
