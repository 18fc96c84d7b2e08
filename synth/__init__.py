"""A deterministic synthetic corpus of scraped diplomacy news pages, with its ground truth.

``envoy synth --articles N --out DIR [--seed S]`` writes N documents under DIR, one
subfolder per 10,000 documents: mostly ``.txt`` pages, plus a ``feed.jsonl`` per subfolder
holding a few documents as JSON Lines records. The ground truth (every generated meeting
with its participants, date, place, mode, status and kind, and the articles that report
it; and every article's header fields) goes to ``DIR.truth.jsonl`` beside DIR, where
``envoy load DIR`` does not read it.

The text comes from templates in this package, filled with people who held an office on
the day (``seeds/gazetteer/gazetteer_offices.csv``), their alias spellings, countries,
demonyms, capitals, summits and outlets (``seeds/rules/outlets.csv``). About 30% of the
documents report no meeting (statements, speeches, trade figures, op-eds); about 20% of
the meetings are reported by two or three outlets, each with its own page layout, name
spellings and publication lag. Every subfolder is generated from its own
``random.Random`` seeded by (seed, subfolder), so the output is byte-identical for a seed
whatever the number of worker processes.

The package, by concern: ``gazetteer`` (what the seeds say), ``meetings`` (who meets whom),
``words`` and ``names`` (vocabulary, how an article names people), ``page_parts`` and
``layouts`` (how outlets lay out a page), ``meeting_text`` and ``other_stories`` (the
articles' text), ``builder`` (one subfolder's documents), ``output`` (files, feeds, truth),
``scoring`` (a warehouse against the truth), ``cli`` (``envoy synth``) and ``bench``
(``make bench``).
"""

from synth.cli import add_synth_arguments, run_synth
from synth.output import synthesize
from synth.scoring import PARTICIPANTS_SQL, read_truth, score_meetings

__all__ = [
    "PARTICIPANTS_SQL",
    "add_synth_arguments",
    "read_truth",
    "run_synth",
    "score_meetings",
    "synthesize",
]
