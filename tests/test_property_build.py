"""Property: whatever odd pages the loader accepts, `dbt build` succeeds with every data
test holding, and every accepted document becomes exactly one article with a body.

Hypothesis draws a seed for a random generator and a pool of arbitrary Unicode fragments; each
example writes nearly a thousand files (blank, one huge line, no punctuation, Arabic and
Cyrillic script, emoji, control characters, a headline alone, furniture only, boilerplate
markers mixed with sentences, datelines, dates, random Unicode) and one JSON Lines file,
loads them with `envoy load` and builds once: one build, over a thousand documents.
"""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path

import pytest
from conftest import SESSION_BUILDS, WITHOUT_UNIT_TESTS, dbt_build, query, run_envoy
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

FILES_PER_EXAMPLE = 940
RECORDS_PER_EXAMPLE = 80
EXAMPLES = 1
ASCII_SPACE = " \t\n\r\f\v"

MARKERS = [
    "Related Topics",
    "Recent Stories",
    "Must read",
    "Previous Story",
    "Next Story",
    "Leave a Reply",
    "Also read: Pakistan, Russia sign deal",
    "2 mins read",
    "5 minutes ago",
    "Visit for more news.",
    "https://t.co/abc123",
    "pic.twitter.com/XyZ123",
    "Share",
    "Advertisement",
    "Open Menu",
    "Home",
    "By Staff Reporter",
    "Muhammad Irfan Published November 23, 2023 | 06:10 PM",
    " date 2023-11-23 Open Menu",
    "Updated 23 November 2099",
    "(Reporting by Jane Doe; Editing by John Smith)",
    "Tags: Pakistan, Russia",
    "© 2024 All rights reserved",
    "12",
]
DATELINES = [
    "ISLAMABAD: ",
    "ISLAMABAD, Pakistan: ",
    "ISLAMABAD, (Agency - 23rd Nov, 2023) ",
    "KARACHI – ",
    "Islamabad/Beijing: ",
    "MOSCOW, Aug 25 (Reuters) - ",
    "ISLAMABAD (Dunya News) – ",
    "Monitoring Desk: ",
    "BREAKING: ",
    "",
]
SENTENCES = [
    "Prime Minister Shehbaz Sharif met President Vladimir Putin on Wednesday.",
    "Foreign Minister Sergei Lavrov held talks with Shah Mahmood Qureshi in Islamabad.",
    "The two sides agreed to expand cooperation in energy, trade and connectivity.",
    "He said Russia would supply one million tons of wheat to Pakistan this year (APP)",
    "The delegation-level talks were held at the Foreign Office on 23 November 2023.",
    "They will meet again in Moscow on 2099-01-01, officials said.",
    "“We value our friendship,” the ambassador said.",
    "Pakistan, Russia, China, Iran and India attended the SCO summit in Astana.",
]
ARABIC = [
    "وزیر اعظم شہباز شریف نے روسی صدر ولادیمیر پوتن سے ملاقات کی۔",
    "اسلام آباد (نمائندہ خصوصی) پاکستان اور روس نے تعاون بڑھانے پر اتفاق کیا۔",
    "التقى رئيس الوزراء بالرئيس الروسي في موسكو يوم الأربعاء؟",
]
CYRILLIC = [
    "Министр иностранных дел России Сергей Лавров встретился с Исхаком Даром.",
    "МОСКВА, 25 августа. /ТАСС/. Стороны обсудили двустороннее сотрудничество.",
    "Россия и Пакистан договорились расширять торговлю",
]
EMOJI = ["🇵🇰🤝🇷🇺", "🔥🔥", "📢 BREAKING", "👉 Read more", "😀", "🧵 1/5"]
CONTROL = [chr(code) for code in range(1, 32) if chr(code) not in "\n"] + [
    "\x7f",
    "\u200b",
    "\ufeff",
    "\u00a0",
]


def make_document(rng: random.Random, fragments: list[str]) -> str:
    """One odd page; the kind is picked at random."""
    kind = rng.randrange(12)
    pick = rng.choice
    if kind == 0:  # blank: only ASCII white space (the loader rejects these)
        return "".join(pick(ASCII_SPACE) for _ in range(rng.randrange(0, 12)))
    if kind == 1:  # no punctuation at all
        words = [
            "pakistan",
            "russia",
            "talks",
            "energy",
            "trade",
            "minister",
            "islamabad",
            "moscow",
        ]
        return "\n".join(
            " ".join(pick(words) for _ in range(rng.randrange(1, 20)))
            for _ in range(rng.randrange(1, 6))
        )
    if kind == 2:  # Arabic script, with or without a headline
        return "\n\n".join(rng.sample(ARABIC, rng.randrange(1, len(ARABIC) + 1)))
    if kind == 3:  # Cyrillic
        return "\n\n".join(rng.sample(CYRILLIC, rng.randrange(1, len(CYRILLIC) + 1)))
    if kind == 4:  # emoji between or instead of sentences
        return "\n".join(
            pick(EMOJI) + (" " + pick(SENTENCES) if rng.random() < 0.5 else "")
            for _ in range(rng.randrange(1, 6))
        )
    if kind == 5:  # control characters sprinkled through text
        text = pick(SENTENCES) + "\n" + pick(SENTENCES)
        positions = sorted(rng.randrange(len(text) + 1) for _ in range(rng.randrange(1, 10)))
        for position in reversed(positions):
            text = text[:position] + pick(CONTROL) + text[position:]
        return text if rng.random() < 0.8 else "".join(pick(CONTROL) for _ in range(5))
    if kind == 6:  # a headline and nothing else
        return pick(
            [
                "Pakistan, Russia to step up ties",
                "ISLAMABAD:",
                "By Staff Reporter",
                pick(fragments) or "x",
            ]
        )
    if kind == 7:  # furniture only
        return "\n\n".join(pick(MARKERS) for _ in range(rng.randrange(1, 8)))
    if kind == 8:  # random unicode from hypothesis
        return "\n".join(pick(fragments) for _ in range(rng.randrange(1, 8)))
    if kind == 9:  # one long word, or many short lines
        if rng.random() < 0.5:
            return "x" * rng.randrange(1000, 20000)
        return "\n".join(pick(SENTENCES + MARKERS) for _ in range(rng.randrange(200, 600)))
    # kinds 10, 11: a page: headline, header furniture, dateline, sentences, markers, teasers
    lines = [pick(["Pakistan, Russia to step up ties", pick(SENTENCES), pick(fragments)])]
    lines += [pick(MARKERS) for _ in range(rng.randrange(0, 3))]
    lines.append(pick(DATELINES) + pick(SENTENCES))
    for _ in range(rng.randrange(0, 8)):
        lines.append(pick([*SENTENCES, *MARKERS, pick(fragments), pick(EMOJI), pick(CYRILLIC)]))
    separator = pick(["\n", "\n\n", "\r\n", "\r\n\r\n", "\n \n"])
    return separator.join(lines) + pick(["", "\n", "\n\n\n"])


def make_record(rng: random.Random, fragments: list[str], index: int) -> dict:
    """One JSON Lines record with odd hints; now and then without text."""
    record: dict = {"id": f"rec-{index}"}
    if rng.random() > 0.05:
        record["text"] = make_document(rng, fragments)
    if rng.random() < 0.5:
        record["published"] = pick_hint(rng)
    if rng.random() < 0.3:
        record["title"] = rng.choice(fragments) or "x"
    if rng.random() < 0.3:
        record["outlet"] = rng.choice(["Dawn", "APP", "", "  ", rng.choice(fragments)])
    if rng.random() < 0.3:
        record["url"] = rng.choice(["https://example.com/a", "", "not a url"])
    return record


def pick_hint(rng: random.Random) -> str:
    return rng.choice(
        [
            "2023-11-23T10:15:00+05:00",
            "2099-01-01",
            "yesterday",
            "23/11/2023",
            "",
            "0000-00-00",
            "1800-01-01",
        ]
    )


fragments_strategy = st.lists(st.text(min_size=0, max_size=60), min_size=3, max_size=15)
examples_written = {"huge": False}


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(seed=st.integers(min_value=0, max_value=2**32 - 1), fragments=fragments_strategy)
def check_odd_corpora(folder: Path, seed: int, fragments: list[str]) -> None:
    rng = random.Random(seed)
    folder = Path(tempfile.mkdtemp(prefix="odd-", dir=folder))
    corpus = folder / "corpus"
    corpus.mkdir()
    blank_files: set[Path] = set()
    for index in range(FILES_PER_EXAMPLE):
        text = make_document(rng, fragments)
        path = corpus / f"doc_{index:04d}{rng.choice(['.txt', '.txt', '.md', '.text'])}"
        path.write_text(text, encoding="utf-8", newline="")
        if text.strip(ASCII_SPACE) == "":
            blank_files.add(path)
    if not examples_written["huge"]:  # one 5 MB line in the whole run
        examples_written["huge"] = True
        words = "Pakistan Russia talks energy trade ministers met "
        (corpus / "huge_line.txt").write_text(words * (5_000_000 // len(words)), encoding="utf-8")
    records = [make_record(rng, fragments, index) for index in range(RECORDS_PER_EXAMPLE)]
    (corpus / "feed.jsonl").write_text(
        "\n".join(json.dumps(record, ensure_ascii=rng.random() < 0.5) for record in records),
        encoding="utf-8",
    )

    database = folder / "w.duckdb"
    loaded = run_envoy("load", str(corpus), "--quiet", database=database)
    assert loaded.returncode in (0, 1), loaded.stderr
    try:
        dbt_build(database, *WITHOUT_UNIT_TESTS, "--no-write-json")
    except AssertionError as error:  # say where the corpus is, to reproduce by hand
        raise AssertionError(
            f"dbt build failed on the odd corpus in {corpus} "
            f"(-9 means the process was killed, e.g. out of memory):\n{error}"
        ) from None

    counts = query(
        database, "select (select count(*) from raw.documents), (select count(*) from articles)"
    )
    assert counts[0][0] == counts[0][1] > 0
    assert query(
        database,
        "select count(*) from articles where body is null or trim(body, ' ' || chr(10)) = '' "
        "or word_count is null or word_count <= 0 or published_date > loaded_at::date",
    ) == [(0,)]
    # white-space-only files are rejected as empty, recorded, and never become articles
    rejected_empty = {
        Path(row[0]).resolve()
        for row in query(
            database,
            "select source_path from raw.load_errors "
            "where reason = 'empty' and line_number is null",
        )
    }
    assert {Path(path).resolve() for path in blank_files} <= rejected_empty
    seen = {
        Path(row[0]).resolve()
        for row in query(database, "select source_path from raw.document_sources")
    }
    assert not (seen & rejected_empty)


# Hypothesis draws, builds and checks in a session build (a background thread, beside the
# other builds); the test waits for it and fails with its error.
SESSION_BUILDS.define("odd_corpora_checked", check_odd_corpora)


@pytest.fixture(scope="session")
def odd_corpora_checked() -> None:
    return SESSION_BUILDS.get("odd_corpora_checked")


def test_any_odd_corpus_builds_and_keeps_every_document(odd_corpora_checked):
    assert odd_corpora_checked is None  # every example drawn was built and checked
