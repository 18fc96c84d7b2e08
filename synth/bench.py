"""Benchmark: how fast the warehouse loads and builds a synthetic corpus.

``python -m synth.bench [--articles N] [--huge-pages] [--keep]`` (``make bench``; N defaults to
$BENCH_ARTICLES, else 100000). In one run, with everything under a temporary folder:

1. generate N synthetic articles (not timed);
2. the floor: the same files into a bare DuckDB table with ``read_blob`` alone;
3. ``envoy load`` into a fresh warehouse file (and its ratio to the floor);
4. the build floor: one DuckDB pass that splits every loaded document into words;
5. a full ``dbt build`` (unit tests excluded), with the ten slowest models (and its ratio
   to the build floor);
6. 1% new articles (another seed, so new documents), loaded, then an incremental
   ``dbt build`` (and its ratio to the full build);
7. the peak resident memory of the dbt build processes;
8. with ``--huge-pages`` ($BENCH_HUGE_PAGES), the loaded corpus again with one generated
   page of 2 MB, then of 20 MB (the loader's limit), each loaded and built in full: the
   seconds each page adds to the full build, and its peak memory.

The last line is machine-readable:
``bench: articles=N load_s=… load_floor_ratio=… build_s=… build_floor_ratio=…
incremental_ratio=… peak_rss_mb=…`` (with ``--huge-pages``, then for 2 and 20 MB:
``huge_2mb_load_s=… huge_2mb_extra_s=… huge_2mb_peak_rss_mb=…``)
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import duckdb

from synth import PARTICIPANTS_SQL, score_meetings, synthesize
from synth.huge_page import huge_page

PROJECT_DIR = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
DEFAULT_ARTICLES = 100_000
SLOWEST = 10
HUGE_PAGE_MB = (2, 20)  # 20 MB: the loader's default limit (loader.load.DEFAULT_MAX_BYTES)


@dataclass(frozen=True)
class Run:
    """A finished child process: exit status, wall time and peak memory."""

    returncode: int
    seconds: float
    peak_rss_mb: float
    log: Path


def say(text: str) -> None:
    print(text, flush=True)


def run_measured(command: Sequence[str], log: Path, env: dict[str, str], cwd: Path) -> Run:
    """Run ``command`` with its output in ``log``; wall time and the child's peak RSS.

    ``os.wait4`` gives the resource usage of that one child (ru_maxrss, in KiB on Linux),
    so earlier children such as the loader do not count."""
    started = time.perf_counter()
    with log.open("w", encoding="utf-8") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, env=env,
                                   cwd=cwd)  # fmt: skip
        _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    return Run(process.returncode, seconds, usage.ru_maxrss / 1024, log)


def require(run: Run, what: str, tolerated: tuple[int, ...] = ()) -> None:
    if run.returncode not in (0, *tolerated):
        tail = run.log.read_text(encoding="utf-8", errors="replace")[-3000:]
        raise SystemExit(f"bench: {what} failed (exit {run.returncode}); end of {run.log}:\n{tail}")


FLOOR_SCRIPT = """
import sys, time, duckdb
corpus, database = sys.argv[1], sys.argv[2]
con = duckdb.connect(database)
globs = [corpus + "/**/*.txt", corpus + "/**/*.jsonl"]
started = time.perf_counter()
con.execute("create table t as select * from read_blob(?)", [globs])
print(time.perf_counter() - started)
"""


def time_floor(corpus: Path, database: Path) -> float:
    """The same bytes into a bare table: DuckDB's read_blob and nothing else.

    In a child process: memory DuckDB holds afterwards would otherwise stay in this
    process and be inherited (as ru_maxrss) by every later child, the dbt builds too."""
    done = subprocess.run(
        [sys.executable, "-c", FLOOR_SCRIPT, str(corpus), str(database)],
        check=True,
        capture_output=True,
        text=True,
    )
    return float(done.stdout.strip().splitlines()[-1])


BUILD_FLOOR_SCRIPT = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1], read_only=True, config={"memory_limit": "3GB", "threads": 2})
started = time.perf_counter()
con.execute(
    "select count(*), sum(length(word)) from ("
    " select unnest(regexp_extract_all(raw_text, '[\\pL\\pN]+')) as word from raw.documents)"
).fetchall()
print(time.perf_counter() - started)
"""


def time_build_floor(database: Path) -> float:
    """One DuckDB pass that splits every loaded document into words (the build's floor),
    with the build's memory limit and threads, in a child process (as ``time_floor``)."""
    done = subprocess.run(
        [sys.executable, "-c", BUILD_FLOOR_SCRIPT, str(database)],
        check=True,
        capture_output=True,
        text=True,
    )
    return float(done.stdout.strip().splitlines()[-1])


def envoy_load(corpus: Path, database: Path, work: Path, name: str) -> Run:
    env = {**os.environ, "ENVOY_DB": str(database)}
    command = [str(BIN / "envoy"), "load", str(corpus), "--quiet"]
    run = run_measured(command, work / f"{name}.log", env, work)
    require(run, f"envoy load ({name})")
    return run


def dbt_build(database: Path, work: Path, name: str, extra: Sequence[str] = ()) -> Run:
    env = {**os.environ, "ENVOY_DB": str(database), "DO_NOT_TRACK": "1"}
    command = [
        str(BIN / "dbt"), "build", "--exclude", "test_type:unit",
        "--target-path", str(work / "target"), "--log-path", str(work / "logs"), *extra,
    ]  # fmt: skip
    run = run_measured(command, work / f"{name}.log", env, PROJECT_DIR)
    require(run, f"dbt build ({name})", tolerated=(1,))  # 1: ran, but some nodes failed
    broken = failures(work)
    for node, status, message in broken:
        say(f"  {status}: {node}: {message[:300]} (see {run.log})")
    # A failed data test is reported; a model that errored means the build did not finish,
    # and its time is no build time.
    if any(status == "error" for _, status, _ in broken):
        raise SystemExit(f"bench: dbt build ({name}) did not finish (see {run.log})")
    return run


def failures(work: Path) -> list[tuple[str, str, str]]:
    results = json.loads((work / "target" / "run_results.json").read_text(encoding="utf-8"))
    return [
        (item["unique_id"], item["status"], " ".join(str(item.get("message") or "").split()))
        for item in results["results"]
        if item["status"] in ("error", "fail")
    ]


def slowest_models(work: Path, count: int = SLOWEST) -> list[tuple[str, float]]:
    results = json.loads((work / "target" / "run_results.json").read_text(encoding="utf-8"))
    models = [
        (item["unique_id"].removeprefix("model.envoy."), item["execution_time"])
        for item in results["results"]
        if item["unique_id"].startswith("model.")
    ]
    return sorted(models, key=lambda model: -model[1])[:count]


def time_by_kind(work: Path) -> dict[str, float]:
    results = json.loads((work / "target" / "run_results.json").read_text(encoding="utf-8"))
    totals: dict[str, float] = {}
    for item in results["results"]:
        kind = item["unique_id"].split(".")[0]
        totals[kind] = totals.get(kind, 0.0) + item["execution_time"]
    return totals


def count_rows(database: Path) -> dict[str, str]:
    """Rows per table; "missing" when a failed build did not make it."""
    counts = {}
    con = duckdb.connect(str(database), read_only=True)
    try:
        for table in ("raw.documents", "main.articles", "main.mentions", "main.meetings"):
            try:
                counts[table] = str(con.execute(f"select count(*) from {table}").fetchone()[0])
            except duckdb.CatalogException:
                counts[table] = "missing"
    finally:
        con.close()
    return counts


def in_child(function, *args):
    """Run ``function(*args)`` in a fresh interpreter, so that this process stays small
    (a child's ru_maxrss starts from its parent's size at fork)."""
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(function, *args).result()


def meeting_quality(truth: Path, database: Path) -> str:
    con = duckdb.connect(str(database), read_only=True)
    try:
        return str(score_meetings(truth, con.execute(PARTICIPANTS_SQL).fetchall()))
    except duckdb.CatalogException:
        return "meetings: not built"
    finally:
        con.close()


def generate(articles: int, folder: Path, seed: int, jobs: int | None) -> Path:
    result = synthesize(articles, folder, seed=seed, jobs=jobs)
    say(
        f"generated {result.documents} articles ({result.files} files, {result.records} JSON "
        f"Lines records, {result.bytes_written / 1e6:.1f} MB, {result.meetings} meetings) "
        f"in {result.seconds:.1f} s"
    )
    return result.truth_path


def huge_page_builds(
    loaded: dict[int, Path], full: Run, work: Path, dbt_args: Sequence[str]
) -> str:
    """Each copy of the loaded corpus gets one generated page of its size, loaded and
    built in full: what the page adds to the corpus's full build (bench line fields)."""
    fields = ""
    for megabytes, database in loaded.items():
        name = f"huge_{megabytes}mb"
        folder = work / name
        folder.mkdir()
        (folder / f"{name}.txt").write_text(huge_page(megabytes * 1024 * 1024), encoding="utf-8")
        load = envoy_load(folder, database, work, f"load_{name}")
        build = dbt_build(database, work, f"build_{name}", dbt_args)
        extra = build.seconds - full.seconds
        say(
            f"huge page {megabytes} MB: load {load.seconds:.2f} s, build {build.seconds:.2f} s "
            f"({extra:+.2f} s beside the corpus alone), peak RSS {build.peak_rss_mb:.0f} MB"
        )
        say(f"  the {SLOWEST} slowest models:")
        for model, seconds in slowest_models(work):
            say(f"    {seconds:8.2f} s  {model}")
        fields += (
            f" huge_{megabytes}mb_load_s={load.seconds:.2f} huge_{megabytes}mb_extra_s={extra:.2f}"
            f" huge_{megabytes}mb_peak_rss_mb={build.peak_rss_mb:.2f}"
        )
    return fields


def bench(
    articles: int,
    work: Path,
    seed: int,
    jobs: int | None,
    dbt_args: Sequence[str],
    huge_pages: bool = False,
) -> str:
    corpus, extra, database = work / "corpus", work / "corpus_new", work / "warehouse.duckdb"
    truth = generate(articles, corpus, seed, jobs)
    os.sync()  # the corpus on disk before anything is timed, not in the writeback queue

    floor_s = time_floor(corpus, work / "floor.duckdb")
    say(f"floor (read_blob into a bare table): {floor_s:.2f} s")
    load = envoy_load(corpus, database, work, "load")
    say(f"envoy load: {load.seconds:.2f} s ({load.seconds / floor_s:.2f}x the floor)")
    # copies of the loaded corpus, built later with one huge page each
    loaded = {
        megabytes: Path(shutil.copy(database, work / f"huge_{megabytes}mb.duckdb"))
        for megabytes in (HUGE_PAGE_MB if huge_pages else ())
    }

    build_floor_s = time_build_floor(database)
    say(f"build floor (every document split into words in one pass): {build_floor_s:.2f} s")
    full = dbt_build(database, work, "build_full", dbt_args)
    say(
        f"dbt build (full): {full.seconds:.2f} s ({full.seconds / build_floor_s:.1f}x the floor), "
        f"peak RSS {full.peak_rss_mb:.0f} MB"
    )
    say("  time in " + ", ".join(f"{kind}s {s:.1f} s" for kind, s in time_by_kind(work).items()))
    say(f"  the {SLOWEST} slowest models:")
    for name, seconds in slowest_models(work):
        say(f"    {seconds:8.2f} s  {name}")
    rows = in_child(count_rows, database)
    say("  rows: " + ", ".join(f"{table} {n}" for table, n in rows.items()))
    say("  " + in_child(meeting_quality, truth, database))

    new_articles = max(1, articles // 100)
    generate(new_articles, extra, seed + 1_000_003, jobs)
    os.sync()
    load_new = envoy_load(extra, database, work, "load_new")
    say(f"envoy load of {new_articles} new articles: {load_new.seconds:.2f} s")
    incremental = dbt_build(database, work, "build_incremental", dbt_args)
    ratio = incremental.seconds / full.seconds
    say(
        f"dbt build (incremental): {incremental.seconds:.2f} s ({ratio:.2f}x the full build), "
        f"peak RSS {incremental.peak_rss_mb:.0f} MB"
    )
    peak = max(full.peak_rss_mb, incremental.peak_rss_mb)
    huge = huge_page_builds(loaded, full, work, dbt_args)
    return (
        f"bench: articles={articles} load_s={load.seconds:.2f} "
        f"load_floor_ratio={load.seconds / floor_s:.2f} build_s={full.seconds:.2f} "
        f"build_floor_ratio={full.seconds / build_floor_s:.1f} incremental_ratio={ratio:.2f} "
        f"peak_rss_mb={peak:.2f}{huge}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m synth.bench",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--articles",
        type=int,
        default=int(os.environ.get("BENCH_ARTICLES", DEFAULT_ARTICLES)),
        help="corpus size (default: $BENCH_ARTICLES, else 100000)",
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=None, help="generator processes")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument(
        "--huge-pages",
        action="store_true",
        default=bool(os.environ.get("BENCH_HUGE_PAGES")),
        help="also build the corpus with one 2 MB and one 20 MB page, each beside it "
        "(default: $BENCH_HUGE_PAGES)",
    )
    parser.add_argument("--workdir", default=None, help="parent of the temporary folder")
    parser.add_argument(
        "--dbt-args", default="", help="extra dbt build arguments, e.g. '--profiles-dir DIR'"
    )
    args = parser.parse_args(argv)
    if args.articles < 1:
        parser.error("--articles must be at least 1")
    work = Path(tempfile.mkdtemp(prefix="envoy-bench-", dir=args.workdir))
    say(f"bench: {args.articles} articles under {work}")
    try:
        line = bench(
            args.articles, work, args.seed, args.jobs, shlex.split(args.dbt_args), args.huge_pages
        )
    except BaseException:
        say(f"kept {work} to look into")  # the logs of a failed run stay
        raise
    if args.keep:
        say(f"kept {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    say(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
