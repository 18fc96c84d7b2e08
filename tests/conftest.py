"""Shared fixtures: paths, a loader runner and warehouses built end to end."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import tempfile
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


def run_dbt(database: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    """Run dbt from the project folder against `database`; it must succeed."""
    environment = {**os.environ, **env, "ENVOY_DB": str(database), "DO_NOT_TRACK": "1"}
    result = subprocess.run(
        [str(BIN / "dbt"), *args],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        env=environment,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return result


def dbt_build(database: Path, *extra: str) -> subprocess.CompletedProcess:
    return run_dbt(database, "build", "--quiet", *extra)


def build_warehouse(corpus: Path, database: Path, *extra: str) -> Path:
    loaded = run_envoy("load", str(corpus), "--quiet", database=database)
    assert loaded.returncode in (0, 1), loaded.stderr
    dbt_build(database, *extra)
    return database


# ---- the corpora a session shares, each loaded and built once ------------------------

HUGE_PAGE_BYTES = 2 * 1024 * 1024


def shared_pages_and_a_huge_page(folder: Path) -> Path:
    """The five shared pages and one generated 2 MB page (synth/huge_page.py)."""
    corpus = folder / "corpus"
    shutil.copytree(SHARED_CORPUS, corpus)
    (corpus / "huge_page.txt").write_text(huge_page(HUGE_PAGE_BYTES), encoding="utf-8")
    return corpus


@dataclass(frozen=True)
class SessionCorpus:
    needs: Path  # the corpus, or what it is made from: the fixture skips without it
    unit_tests: bool = False  # whether dbt's unit tests run in this build
    make: Callable[[Path], Path] | None = None  # writes the corpus into a folder


# By fixture name. The bundled sample is the one build that runs dbt's unit tests (they do
# not read the warehouse); loaded at once and built in full, it is also the full refresh
# test_incremental compares with. No test writes to these warehouses (they copy them).
SESSION_CORPORA = {
    "sample_warehouse": SessionCorpus(SAMPLE_CORPUS, unit_tests=True),
    "shared_warehouse": SessionCorpus(SHARED_CORPUS),
    "dev_warehouse": SessionCorpus(DEV_PAGES),
    "huge_page_warehouse": SessionCorpus(SHARED_CORPUS, make=shared_pages_and_a_huge_page),
}


class SessionBuilds:
    """Each session corpus loaded and built once, in background threads.

    As soon as the tests are collected, every corpus a collected test asks for starts to
    build, two at a time (the machine's two cores: a small build is mostly dbt's own
    single-threaded work), while the tests that need no warehouse run."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="envoy-tests-"))
        self.pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="build")
        self.builds: dict[str, Future[Path]] = {}

    def start(self, name: str) -> None:
        corpus = SESSION_CORPORA[name]
        if name not in self.builds and corpus.needs.exists():
            self.builds[name] = self.pool.submit(self.build, self.folder / name, corpus)

    @staticmethod
    def build(folder: Path, corpus: SessionCorpus) -> Path:
        folder.mkdir()
        source = corpus.make(folder) if corpus.make else corpus.needs
        # builds at the same time each write their own target folder
        extra = ("--target-path", str(folder / "target"))
        return build_warehouse(
            source, folder / "w.duckdb", *extra, *(() if corpus.unit_tests else WITHOUT_UNIT_TESTS)
        )

    def get(self, name: str) -> Path:
        needs = SESSION_CORPORA[name].needs
        if not needs.exists():
            pytest.skip(f"{needs} is missing (../shared is not beside this checkout)")
        self.start(name)
        return self.builds[name].result()

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)
        shutil.rmtree(self.folder, ignore_errors=True)


SESSION_BUILDS = SessionBuilds()


def pytest_collection_finish(session: pytest.Session) -> None:
    wanted = set()
    for item in session.items:
        wanted.update(getattr(item, "fixturenames", ()))
        # a fixture parametrized by warehouse fixture names (request.getfixturevalue)
        callspec = getattr(item, "callspec", None)
        wanted.update(str(value) for value in (callspec.params.values() if callspec else ()))
    for name in SESSION_CORPORA:
        if name in wanted:
            SESSION_BUILDS.start(name)


def pytest_sessionfinish(session: pytest.Session) -> None:
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


def query(database: Path, sql: str, params=None) -> list[tuple]:
    # Attached as `envoy`, as envoy and dbt attach it: the working file's views name it.
    con = connect(str(database), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()
