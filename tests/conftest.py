"""Shared fixtures: paths, a loader runner and warehouses built end to end."""

from __future__ import annotations

import datetime as dt
import fcntl
import itertools
import json
import os
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import unicodedata
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from loader.load import connect
from synth.huge_page import huge_page

PROJECT_DIR = Path(__file__).resolve().parent.parent
SHARED_CORPUS = PROJECT_DIR.parent / "shared" / "corpus"
SHARED_GOLD = PROJECT_DIR.parent / "shared" / "gold" / "seeds.yaml"
SAMPLE_CORPUS = PROJECT_DIR / "loader" / "sample_corpus"
DEV_PAGES = PROJECT_DIR.parent / "shared" / "dev" / "pages.jsonl"
DEV_GOLD = PROJECT_DIR.parent / "shared" / "gold" / "dev.yaml"
BIN = Path(sys.executable).parent

# `make test` exports the Makefile's ENVOY_DB and ENVOY_PUBLISHED (the repo's working and
# published files); every test names its own files, so the caller's must not leak in.
for variable in ("ENVOY_DB", "ENVOY_PUBLISHED"):
    os.environ.pop(variable, None)


# ---- comparing the warehouse with gold files (as score.py does) ----------------------


def norm(text: object) -> str:
    """Lower case, no accents, one kind of quote and dash, single spaces (as score.py)."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = text.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'}))
    text = re.sub(r"[-‐‑‒–—_/]", " ", text.lower())
    text = re.sub(r"[^\w\s'\".,:;!?()]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def stem(name: object) -> str:
    """'corpus/h01.txt' -> 'h01'; a JSON Lines id stays as it is."""
    base = str(name or "").replace("\\", "/").rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[0] if "." in base else base


def as_date(value: object) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def run_envoy(*args: str, database: Path, **kwargs) -> subprocess.CompletedProcess:
    """Run the installed `envoy` command as a user would."""
    env = {**os.environ, "ENVOY_DB": str(database)}
    return subprocess.run(
        [str(BIN / "envoy"), *args], capture_output=True, text=True, env=env, **kwargs
    )


# dbt's unit tests do not read the warehouse: the sample build runs them once per session,
# every other build leaves them out.
WITHOUT_UNIT_TESTS = ("--exclude", "test_type:unit")


class DbtWorkers:
    """dbt for the suite: at most two long-lived processes (tests/dbt_worker.py), each parsing
    the project once and then running one command at a time (the machine has two cores)."""

    def __init__(self, folder: Path, size: int = 2) -> None:
        self.folder = folder
        self.size = size
        self.idle: queue.SimpleQueue[subprocess.Popen] = queue.SimpleQueue()
        self.started: list[subprocess.Popen] = []
        self.lock = threading.Lock()
        self.outputs = itertools.count()

    def _start(self) -> subprocess.Popen:
        worker = subprocess.Popen(
            [sys.executable, str(PROJECT_DIR / "tests" / "dbt_worker.py"), str(self.folder)],
            cwd=PROJECT_DIR,
            env={**os.environ, "DO_NOT_TRACK": "1"},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        ready = json.loads(worker.stdout.readline() or '{"returncode": -1, "output": "?"}')
        if ready["returncode"] != 0:
            worker.kill()
            output = Path(ready["output"])
            log = output.read_text(errors="replace") if output.is_file() else ""
            raise AssertionError(f"dbt parse failed in the dbt worker:\n{log[-4000:]}")
        return worker

    def _take(self) -> subprocess.Popen:
        """An idle worker; a new one while there are fewer than ``size``."""
        while True:
            with self.lock:
                start = self.idle.empty() and len(self.started) < self.size
                if start:
                    self.started.append(None)  # a place, kept while the worker parses
            if start:
                break
            try:
                return self.idle.get(timeout=5)
            except queue.Empty:  # all busy (or one was lost): look again
                continue
        try:
            worker = self._start()
        except BaseException:
            with self.lock:
                self.started.remove(None)
            raise
        with self.lock:
            self.started[self.started.index(None)] = worker
        return worker

    def run(self, args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
        """`dbt ARGS` with ``env`` added to the environment; its output in ``stdout``."""
        self.folder.mkdir(exist_ok=True)
        output = self.folder / f"dbt-{next(self.outputs)}.log"
        worker = self._take()
        try:
            worker.stdin.write(json.dumps({"args": args, "env": env, "output": str(output)}))
            worker.stdin.write("\n")
            worker.stdin.flush()
            reply = worker.stdout.readline()
            if not reply:
                raise AssertionError(f"the dbt worker stopped (exit {worker.wait()}) in dbt {args}")
        except BaseException:
            worker.kill()
            with self.lock:
                self.started.remove(worker)
            raise
        self.idle.put(worker)
        return subprocess.CompletedProcess(
            ["dbt", *args], json.loads(reply)["returncode"], output.read_text(errors="replace"), ""
        )

    def manifest(self) -> dict:
        """The manifest of the workers' parse (a worker is started if none was)."""
        self.idle.put(self._take())
        with (self.folder / "parse.lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_SH)
            return json.loads((self.folder / "parse" / "manifest.json").read_text())

    def close(self) -> None:
        with self.lock:
            workers = [worker for worker in self.started if worker is not None]
        for worker in workers:
            worker.stdin.close()
        for worker in workers:
            try:
                worker.wait(timeout=60)
            except subprocess.TimeoutExpired:
                worker.kill()


def run_dbt(database: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    """Run dbt against `database` in a dbt worker (the project parsed once); it must succeed."""
    result = DBT.run(list(args), {**env, "ENVOY_DB": str(database)})
    assert result.returncode == 0, result.stdout[-8000:]
    return result


def dbt_build(database: Path, *extra: str) -> subprocess.CompletedProcess:
    return run_dbt(database, "build", "--quiet", *extra)


def build_warehouse(corpus: Path, database: Path, *extra: str) -> Path:
    loaded = run_envoy("load", str(corpus), "--quiet", database=database)
    assert loaded.returncode in (0, 1), loaded.stderr
    dbt_build(database, *extra)
    return database


# ---- what a session builds once: the shared corpora, each loaded and built once ------

HUGE_PAGE_BYTES = 2 * 1024 * 1024
SENTINEL = "kept: the incremental build never rewrites an old document's rows"


def shared_pages_and_a_huge_page(folder: Path) -> Path:
    """The five shared pages and one generated 2 MB page (synth/huge_page.py)."""
    corpus = folder / "corpus"
    shutil.copytree(SHARED_CORPUS, corpus)
    (corpus / "huge_page.txt").write_text(huge_page(HUGE_PAGE_BYTES), encoding="utf-8")
    return corpus


def built_in_full(corpus: Callable[[Path], Path], name: str, *extra: str):
    """A session build: the corpus (made in the build's folder) loaded at once and built."""

    def build(folder: Path) -> Path:
        # --no-write-json: nobody reads the build's manifest and run results
        return build_warehouse(corpus(folder), folder / name, "--no-write-json", *extra)

    return build


def built_in_two_loads(folder: Path) -> Path:
    """The bundled sample in two loads: the files before s30 loaded and built in full (data
    tests left to the sample's full build), one row of the first per-article model marked,
    then the rest loaded and built incrementally (test_incremental)."""
    first, rest = folder / "first", folder / "rest"
    first.mkdir()
    rest.mkdir()
    for path in sorted(SAMPLE_CORPUS.iterdir()):
        shutil.copy(path, (first if path.name < "s30" else rest) / path.name)
    assert any(first.iterdir()) and any(rest.iterdir())
    database = folder / "raw.duckdb"
    no_tests = ("--exclude", "test_type:unit", "resource_type:test", "--no-write-json")
    build_warehouse(first, database, *no_tests)
    # a rebuild that reprocessed the old documents would replace this row
    con = connect(str(database))
    try:
        con.execute(
            "update intermediate.int_document_lines_split set line_text = ? "
            "where (document_id, line_number) = "
            "(select (document_id, line_number) from intermediate.int_document_lines_split "
            "order by all limit 1)",
            [SENTINEL],
        )
    finally:
        con.close()
    # its run results (target/run_results.json) show each model's compiled SQL
    target = ("--target-path", str(folder / "target"))
    return build_warehouse(rest, database, *WITHOUT_UNIT_TESTS, *target)


@dataclass(frozen=True)
class SessionBuild:
    build: Callable[[Path], object]  # makes the result in its own folder
    needs: Path | None = None  # what it is made from: the fixture skips without it


class SessionBuilds:
    """What the session builds once, each in a background thread.

    As soon as the tests are collected, every build a collected test asks for (by fixture
    name) starts, two at a time (the machine's two cores), in the order they were defined,
    while the tests that need no warehouse run. Test modules define their own
    (``SESSION_BUILDS.define``); a build may wait for one defined before it (``get``)."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="envoy-tests-"))
        self.pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="build")
        self.defined: dict[str, SessionBuild] = {}
        self.builds: dict[str, Future] = {}
        self.closers: list[Callable[[], None]] = []

    def define(self, name: str, build: Callable[[Path], object], needs: Path | None = None) -> None:
        self.defined[name] = SessionBuild(build, needs)

    def start(self, name: str) -> None:
        defined = self.defined[name]
        if name not in self.builds and (defined.needs is None or defined.needs.exists()):
            folder = self.folder / name
            folder.mkdir()
            self.builds[name] = self.pool.submit(defined.build, folder)

    def get(self, name: str):
        needs = self.defined[name].needs
        if needs is not None and not needs.exists():
            pytest.skip(f"{needs} is missing (../shared is not beside this checkout)")
        self.start(name)
        return self.builds[name].result()

    def on_close(self, closer: Callable[[], None]) -> None:
        """Run ``closer`` at the end of the session (a server a build started)."""
        self.closers.append(closer)

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)
        for closer in self.closers:
            closer()
        shutil.rmtree(self.folder, ignore_errors=True)


SESSION_BUILDS = SessionBuilds()
DBT = DbtWorkers(SESSION_BUILDS.folder / "dbt")

# The bundled sample is the one build that runs dbt's unit tests (they do not read the
# warehouse); loaded at once and built in full, it is also the full refresh test_incremental
# compares with. No test writes to these warehouses (they copy them). Each file is named
# after one of the warehouse's schemas: test_cli publishes each.
SESSION_BUILDS.define("sample_warehouse", built_in_full(lambda _: SAMPLE_CORPUS, "seeds.duckdb"))
SESSION_BUILDS.define(
    "shared_warehouse",
    built_in_full(lambda _: SHARED_CORPUS, "main.duckdb", *WITHOUT_UNIT_TESTS),
    needs=SHARED_CORPUS,
)
SESSION_BUILDS.define(
    "dev_warehouse",
    built_in_full(lambda _: DEV_PAGES, "intermediate.duckdb", *WITHOUT_UNIT_TESTS),
    needs=DEV_PAGES,
)
SESSION_BUILDS.define("incremental_warehouse", built_in_two_loads)
SESSION_BUILDS.define(
    "huge_page_warehouse",
    built_in_full(shared_pages_and_a_huge_page, "staging.duckdb", *WITHOUT_UNIT_TESTS),
    needs=SHARED_CORPUS,
)


def pytest_collection_finish(session: pytest.Session) -> None:
    wanted = set()
    for item in session.items:
        wanted.update(getattr(item, "fixturenames", ()))
        # a fixture parametrized by warehouse fixture names (request.getfixturevalue)
        callspec = getattr(item, "callspec", None)
        wanted.update(str(value) for value in (callspec.params.values() if callspec else ()))
    for name in SESSION_BUILDS.defined:
        if name in wanted:
            SESSION_BUILDS.start(name)


def pytest_sessionfinish(session: pytest.Session) -> None:
    SESSION_BUILDS.pool.shutdown(cancel_futures=True)
    DBT.close()
    SESSION_BUILDS.close()


@pytest.fixture(scope="session")
def shared_warehouse() -> Path:
    """The five real pages in ../shared/corpus, loaded and built."""
    return SESSION_BUILDS.get("shared_warehouse")


@pytest.fixture(scope="session")
def dev_warehouse() -> Path:
    """The 60 real development pages in ../shared/dev (JSON Lines), loaded and built."""
    return SESSION_BUILDS.get("dev_warehouse")


@pytest.fixture(scope="session")
def sample_warehouse() -> Path:
    """The bundled sample corpus, loaded and built (dbt's unit tests run here, once)."""
    return SESSION_BUILDS.get("sample_warehouse")


@pytest.fixture(scope="session")
def huge_page_warehouse() -> Path:
    """The five shared pages and a generated 2 MB page, loaded and built."""
    return SESSION_BUILDS.get("huge_page_warehouse")


@pytest.fixture(scope="session")
def incremental_warehouse() -> Path:
    """The bundled sample loaded in two parts, each built (the second incrementally)."""
    return SESSION_BUILDS.get("incremental_warehouse")


def query(database: Path, sql: str, params=None) -> list[tuple]:
    # Attached as `envoy`, as envoy and dbt attach it: the working file's views name it.
    con = connect(str(database), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()
