"""Shared fixtures: paths, a loader runner and warehouses built end to end."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

from loader.load import connect

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


# seconds each session build's `dbt build` took, by warehouse (test_huge_document compares)
BUILD_SECONDS: dict[Path, float] = {}


def build_warehouse(corpus: Path, database: Path, *extra: str) -> Path:
    loaded = run_envoy("load", str(corpus), "--quiet", database=database)
    assert loaded.returncode in (0, 1), loaded.stderr
    started = time.monotonic()
    dbt_build(database, *extra)
    BUILD_SECONDS[database] = time.monotonic() - started
    return database


# The corpora a session shares, by fixture name: (corpus, whether dbt's unit tests run,
# why the fixture skips when the corpus is missing). The bundled sample is the one build
# that runs dbt's unit tests (they do not read the warehouse); loaded at once and built in
# full, it is also the full refresh test_incremental compares with. No test writes to
# these warehouses (they copy them).
SESSION_CORPORA = {
    "sample_warehouse": (SAMPLE_CORPUS, True, ""),
    "shared_warehouse": (SHARED_CORPUS, False, "../shared/corpus is not beside this checkout"),
    "dev_warehouse": (DEV_PAGES, False, "../shared/dev is not beside this checkout"),
}


class SessionBuilds:
    """Each shared corpus loaded and built once per session, in background threads.

    As soon as the tests are collected, every corpus a collected test asks for starts to
    build, two at a time (the machine's two cores: a small build is mostly dbt's own
    single-threaded work), while the tests that need no warehouse run."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="envoy-tests-"))
        self.pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="build")
        self.builds: dict[str, Future[Path]] = {}

    def start(self, name: str) -> None:
        corpus, unit_tests, _ = SESSION_CORPORA[name]
        if name not in self.builds and corpus.exists():
            database = self.folder / name / "w.duckdb"
            database.parent.mkdir()
            # builds at the same time each write their own target folder
            extra = ("--target-path", str(database.parent / "target"))
            extra += () if unit_tests else WITHOUT_UNIT_TESTS
            self.builds[name] = self.pool.submit(build_warehouse, corpus, database, *extra)

    def get(self, name: str) -> Path:
        corpus, _, missing = SESSION_CORPORA[name]
        if not corpus.exists():
            pytest.skip(missing)
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


def query(database: Path, sql: str, params=None) -> list[tuple]:
    # Attached as `envoy`, as envoy and dbt attach it: the working file's views name it.
    con = connect(str(database), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()
