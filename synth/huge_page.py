"""One generated page of a given size: a headline, a dateline and paragraphs of news
sentences (names, meetings, dates) to its end, so that every build step has work deep
inside it. ``tests/test_huge_document.py`` builds one; ``make bench`` with
``--huge-pages`` measures pages of 2 and 20 MB (the loader's limit)."""

from __future__ import annotations

SENTENCES = [
    "The foreign minister met his Russian counterpart in Moscow on Tuesday, officials said.",
    "Both sides discussed trade, energy and regional security and agreed to meet again next month.",
    "The prime minister will visit Beijing on 14 March 2024 for a summit of regional leaders.",
    "“We want closer ties with all our neighbours,” a spokesperson told reporters in Islamabad.",
    "China and Pakistan signed agreements on railways, ports and farming, the ministry said.",
    "Mr. Dar also held talks with the U.S. Secretary of State by telephone on Wednesday.",
]


def huge_page(size: int) -> str:
    """A page of about `size` bytes (UTF-8), never over it."""
    lines = ["Talks on trade and energy continue", "", "ISLAMABAD: " + SENTENCES[0]]
    total, index = sum(len(line.encode()) + 1 for line in lines), 0
    while True:
        paragraph = " ".join(SENTENCES[(index + k) % len(SENTENCES)] for k in range(4))
        if total + len(paragraph.encode()) + 2 > size:
            return "\n".join(lines) + "\n"
        lines += ["", paragraph]
        total += len(paragraph.encode()) + 2
        index += 1
