"""`envoy synth`: its arguments and the command."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from synth.output import JSONL_SHARE, synthesize


def add_synth_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--articles", type=int, required=True, help="how many documents")
    parser.add_argument("--out", required=True, help="folder to write (created if missing)")
    parser.add_argument("--seed", type=int, default=0, help="same seed, same bytes (default 0)")
    parser.add_argument("--truth", default=None, help="ground truth file (default OUT.truth.jsonl)")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: CPUs)")
    parser.add_argument(
        "--jsonl-share", type=float, default=JSONL_SHARE, help="share written as JSON Lines"
    )


def run_synth(args: argparse.Namespace) -> int:
    """``envoy synth``: write the corpus, report counts, sizes and the truth file."""
    if args.articles < 1:
        print("envoy synth: --articles must be at least 1", file=sys.stderr)
        return 2
    out = Path(args.out)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        print(f"envoy synth: {out} exists and is not an empty folder; pick a new one",
              file=sys.stderr)  # fmt: skip
        return 2
    truth = Path(args.truth) if args.truth else None
    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show:
            print(f"\r{done}/{total} documents", end="", file=sys.stderr, flush=True)

    result = synthesize(args.articles, out, args.seed, truth, args.jobs, args.jsonl_share, progress)
    if show:
        print(file=sys.stderr)
    print(
        f"wrote {result.documents} documents ({result.files} files, {result.records} JSON Lines "
        f"records, {result.bytes_written / 1e6:.1f} MB) with {result.meetings} meetings to {out} "
        f"in {result.seconds:.1f} s; truth in {result.truth_path}"
    )
    return 0
