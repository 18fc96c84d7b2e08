"""Writing the corpus: subfolders of files and JSON Lines feeds, and the truth file."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import re
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from random import Random

from synth.builder import Doc, ShardWriter
from synth.gazetteer import load_gazetteer
from synth.meetings import Meeting

SHARD_SIZE = 10_000
JSONL_SHARE = 0.02
SLUG = re.compile(r"[^a-z0-9]+")


def file_name(rng: Random, index: int, doc: Doc) -> str:
    digest = hashlib.sha1(doc.text.encode("utf-8")).hexdigest()[:16]
    if rng.random() < 0.9:
        return f"{index:07d}_{digest}.txt"
    slug = SLUG.sub(" " if rng.random() < 0.3 else "_", doc.title.lower()).strip(" _")
    return f"{index:07d}_{slug[:60]}.txt"


@dataclass
class ShardResult:
    shard: int
    documents: int
    files: int
    records: int
    bytes_written: int
    truth_lines: list[str]


def write_shard(task: tuple[int, int, int, str, float]) -> ShardResult:
    """Write one subfolder; return its truth lines (a few MB at most)."""
    seed, shard, count, out, jsonl_share = task
    g = load_gazetteer()
    writer = ShardWriter(seed, shard, g)
    folder = Path(out) / f"part-{shard:04d}"
    folder.mkdir(parents=True, exist_ok=True)
    truth_lines: list[str] = []
    feed: list[str] = []
    files = written = 0
    pending: list[Doc] = []
    for offset, (doc, finished) in enumerate(writer.documents(count)):
        index = shard * SHARD_SIZE + offset
        if writer.rng.random() < jsonl_share:
            source_file, line = jsonl_record(writer.rng, index, doc)
            feed.append(line)
            written += len(line.encode("utf-8")) + 1
        else:
            source_file = file_name(writer.rng, index, doc)
            data = doc.text.encode("utf-8")
            (folder / source_file).write_bytes(data)
            files += 1
            written += len(data)
        doc.truth["source_file"] = source_file
        pending.append(doc)
        if finished is not None or doc.truth["meeting_id"] is None:
            truth_lines.extend(json.dumps(item.truth, ensure_ascii=False) for item in pending)
            if finished is not None:
                truth_lines.extend(meeting_truth(finished, pending))
            pending = []
    if feed:
        (folder / "feed.jsonl").write_text("\n".join(feed) + "\n", encoding="utf-8")
    return ShardResult(shard, count, files, len(feed), written, truth_lines)


def meeting_truth(meeting: Meeting, docs: list[Doc]) -> list[str]:
    """The meeting's truth line, and its side meeting's when some article tells it."""
    meeting.articles = [doc.truth["source_file"] for doc in docs]
    lines = [json.dumps(meeting.truth(), ensure_ascii=False)]
    side_articles = [doc.truth["source_file"] for doc in docs if doc.reports_side]
    if meeting.side is not None and side_articles:
        meeting.side.articles = side_articles
        lines.append(json.dumps(meeting.side.truth(), ensure_ascii=False))
    return lines


def jsonl_record(rng: Random, index: int, doc: Doc) -> tuple[str, str]:
    """A feed record: the text without the page around it is not needed; fields vary."""
    truth = doc.truth
    record_id = f"feed-{index:07d}"
    record: dict = {"id": record_id, "text": doc.text}
    if rng.random() < 0.8:
        slug = SLUG.sub("-", doc.title.lower()).strip("-")[:60]
        record["url"] = f"https://feeds.example/{truth['published_date'] or 'undated'}/{slug}"
    if rng.random() < 0.7:
        record["title"] = doc.title
    if truth["published_date"] and rng.random() < 0.7:
        record["published"] = truth["published_date"]
    if truth["outlet"] and rng.random() < 0.6:
        record["outlet"] = truth["outlet"]
    return record_id, json.dumps(record, ensure_ascii=False)


def truth_path_for(out: Path) -> Path:
    return out.parent / f"{out.name}.truth.jsonl"


@dataclass
class SynthResult:
    documents: int
    files: int
    records: int
    bytes_written: int
    meetings: int
    seconds: float
    truth_path: Path


def synthesize(
    articles: int,
    out: Path,
    seed: int = 0,
    truth_path: Path | None = None,
    jobs: int | None = None,
    jsonl_share: float = JSONL_SHARE,
    progress: Callable[[int, int], None] | None = None,
) -> SynthResult:
    """Write ``articles`` documents under ``out`` and the ground truth beside it."""
    started = time.perf_counter()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    truth_path = truth_path or truth_path_for(out)
    shards = [
        (seed, shard, min(SHARD_SIZE, articles - shard * SHARD_SIZE), str(out), jsonl_share)
        for shard in range((articles + SHARD_SIZE - 1) // SHARD_SIZE)
    ]
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(shards)))
    totals = SynthResult(0, 0, 0, 0, 0, 0.0, truth_path)
    with truth_path.open("w", encoding="utf-8") as truth:
        for result in run_shards(shards, jobs):
            for line in result.truth_lines:
                truth.write(line + "\n")
            totals.documents += result.documents
            totals.files += result.files
            totals.records += result.records
            totals.bytes_written += result.bytes_written
            totals.meetings += sum(
                1 for line in result.truth_lines if '"record": "meeting"' in line
            )
            if progress:
                progress(totals.documents, articles)
    totals.seconds = time.perf_counter() - started
    return totals


def run_shards(shards: list[tuple[int, int, int, str, float]], jobs: int) -> Iterator[ShardResult]:
    if jobs == 1:
        yield from map(write_shard, shards)
        return
    load_gazetteer()  # parsed once, inherited by the forked workers
    context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    with context.Pool(jobs) as pool:
        yield from pool.imap(write_shard, shards)
