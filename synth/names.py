"""How one article names people and countries."""

from __future__ import annotations

import datetime as dt
from random import Random

from synth.gazetteer import (
    CARETAKERS,
    COUNTRY_SHORT,
    LONG_COUNTRY,
    MILITARY_OFFICES,
    OFFICE_ABBREVIATIONS,
    OFFICE_LABELS,
    Gazetteer,
    Term,
)


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
