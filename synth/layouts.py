"""Page layouts: how each kind of outlet lays out an article, and their weights."""

from __future__ import annotations

import datetime as dt
from random import Random

from synth.gazetteer import MONTHS, WEEKDAYS, Gazetteer
from synth.page_parts import (
    Page,
    Style,
    body_text,
    clock,
    dateline_colon,
    day_month_year,
    month_day_year,
    ordinal,
    reporter,
    short_month,
    teaser,
    teasers,
    title_case,
)


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
