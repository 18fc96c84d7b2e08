"""The loader: what it accepts, what it rejects and records, and that it never loses data."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from conftest import BIN, query, run_envoy

from loader.load import expand_inputs, load

ARTICLE = "ISLAMABAD: The foreign minister met his Russian counterpart on Tuesday.\n"


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def counts(db: Path) -> tuple[int, int, int]:
    return query(
        db,
        "select (select count(*) from raw.documents), (select count(*) from raw.document_sources),"
        " (select count(*) from raw.loads)",
    )[0]


def test_loads_text_files_with_typed_columns(tmp_path):
    write(tmp_path / "in" / "a.txt", ARTICLE)
    write(tmp_path / "in" / "sub" / "b.md", "Second document about talks in Moscow.")
    db = tmp_path / "w.duckdb"
    result = load([str(tmp_path / "in")], str(db))
    assert (result.documents_new, result.documents_present, result.rejections) == (2, 0, [])
    rows = query(
        db,
        "select document_id, source_file, raw_text, byte_size from raw.documents "
        "order by source_file",
    )
    assert rows[0] == (
        hashlib.sha256(ARTICLE.encode()).hexdigest(),
        "a.txt",
        ARTICLE,
        len(ARTICLE.encode()),
    )
    assert rows[1][1] == "b.md"
    types = dict(
        query(
            db,
            "select column_name, data_type from duckdb_columns() "
            "where schema_name = 'raw' and table_name = 'documents'",
        )
    )
    assert types["loaded_at"] == "TIMESTAMP" and types["byte_size"] == "BIGINT"


def test_reloading_is_a_no_op_and_same_text_is_one_document_with_two_sources(tmp_path):
    write(tmp_path / "in" / "one.txt", ARTICLE)
    write(tmp_path / "in" / "copy of one.txt", ARTICLE)
    db = tmp_path / "w.duckdb"
    first = load([str(tmp_path / "in")], str(db))
    assert (first.documents_new, first.documents_present) == (1, 1)
    assert counts(db)[:2] == (1, 2)
    second = load([str(tmp_path / "in")], str(db))
    assert (second.documents_new, second.documents_present) == (0, 2)
    assert counts(db) == (1, 2, 2)
    sources = query(db, "select source_file from raw.document_sources order by 1")
    assert sources == [("copy of one.txt",), ("one.txt",)]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("latin1.txt", "caf\xe9 talks".encode("latin-1"), "not_utf8"),
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t\r\n  ", "empty"),
        ("tabs.txt", b"\x0b\x0c\t", "empty"),
        ("binary.txt", b"abc\x00def", "nul_bytes"),
        ("table.csv", b"a,b\n1,2\n", "unsupported_type"),
    ],
)
def test_bad_files_are_rejected_recorded_and_the_rest_loaded(tmp_path, name, data, reason):
    write(tmp_path / "in" / "good.txt", ARTICLE)
    bad = write(tmp_path / "in" / name, data)
    db = tmp_path / "w.duckdb"
    done = run_envoy("load", str(tmp_path / "in"), database=db)
    assert done.returncode == 1
    assert f"rejected {bad}: {reason}" in done.stderr
    assert done.stdout.strip() == "loaded 1 new, 0 already present, 1 rejected"
    assert query(db, "select source_path, reason from raw.load_errors") == [(str(bad), reason)]
    assert counts(db)[0] == 1


def test_other_white_space_is_text(tmp_path):
    write(tmp_path / "nbsp.txt", "\u00a0\n")
    write(tmp_path / "dot.txt", " . ")
    result = load([str(tmp_path)], str(tmp_path / "w.duckdb"))
    assert (result.documents_new, result.rejections) == (2, [])


def test_duplicates_across_batches_files_and_records_make_one_document_each(tmp_path, monkeypatch):
    """Dedupe and the first source (by path, then line) hold across read batches, between
    text files and JSON Lines records, and against earlier loads."""
    monkeypatch.setattr("loader.load.BATCH_FILES", 2)
    texts = [f"Text number {index}. " + ARTICLE for index in range(3)]
    for copy in ("a", "b", "c"):
        for index, text in enumerate(texts):
            write(tmp_path / "in" / copy / f"{index}.txt", text)
    write(tmp_path / "in" / "0.jsonl", json.dumps({"id": "r", "text": texts[0]}) + "\n")
    db = tmp_path / "w.duckdb"
    first = load([str(tmp_path / "in")], str(db))
    assert (first.documents_new, first.documents_present) == (3, 7)
    rows = query(db, "select raw_text, source_path from raw.documents order by raw_text")
    root = (tmp_path / "in").resolve()
    assert rows == [(texts[0], str(root / "0.jsonl"))] + [
        (text, str(root / "a" / f"{index}.txt")) for index, text in enumerate(texts) if index
    ]
    # Again, with the same files named twice more (a glob and a file): nothing new.
    again = load(
        [str(tmp_path / "in"), str(tmp_path / "in" / "*" / "1.txt"), str(root / "0.jsonl")], str(db)
    )
    assert (again.documents_new, again.documents_present) == (0, 10)
    assert query(
        db,
        "select count(*), count(distinct document_id) from raw.documents",
    ) == [(3, 3)]
    assert query(db, "select count(*) from raw.document_sources") == [(10,)]


def test_listing_follows_linked_files_not_linked_folders(tmp_path):
    real = write(tmp_path / "elsewhere" / "real.txt", ARTICLE)
    write(tmp_path / "in" / ".hidden-folder" / "kept.txt", ARTICLE)
    write(tmp_path / "in" / ".hidden.txt", ARTICLE)
    (tmp_path / "in" / "link.txt").symlink_to(real)
    (tmp_path / "in" / "linked-folder").symlink_to(tmp_path / "elsewhere")
    listed = expand_inputs([str(tmp_path / "in")])
    # What Path.rglob("*") with resolve() gave before the listing used os.scandir.
    expected = sorted(
        {
            item.resolve()
            for item in (tmp_path / "in").rglob("*")
            if item.is_file() and not item.name.startswith(".")
        }
    )
    assert (
        listed
        == expected
        == sorted([real.resolve(), (tmp_path / "in" / ".hidden-folder" / "kept.txt").resolve()])
    )


def test_byte_order_marks_are_accepted(tmp_path):
    write(tmp_path / "utf8bom.txt", b"\xef\xbb\xbf" + ARTICLE.encode())
    write(tmp_path / "utf16.txt", "Talks in Kazan on Friday.".encode("utf-16"))
    db = tmp_path / "w.duckdb"
    result = load([str(tmp_path)], str(db))
    assert result.rejections == []
    texts = {row[0] for row in query(db, "select raw_text from raw.documents")}
    assert texts == {ARTICLE, "Talks in Kazan on Friday."}


def test_size_limit(tmp_path):
    write(tmp_path / "big.txt", "word " * 1000)
    db = tmp_path / "w.duckdb"
    done = run_envoy("load", str(tmp_path), "--max-bytes", "1000", database=db)
    assert done.returncode == 1
    assert query(db, "select reason from raw.load_errors") == [("too_large",)]
    assert counts(db)[0] == 0


def test_json_lines_records_hints_and_errors(tmp_path):
    lines = [
        json.dumps(
            {
                "id": "r1",
                "url": "https://example.org/a",
                "title": "T",
                "text": ARTICLE,
                "published": "2023-11-23",
                "outlet": "Dawn",
            }
        ),
        "{not json",
        json.dumps({"id": "r3"}),
        "",
        json.dumps({"url": "https://example.org/b", "text": "Lavrov met Qureshi."}),
        json.dumps({"text": 42}),
        json.dumps(["a", "list"]),
    ]
    feed = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    db = tmp_path / "w.duckdb"
    done = run_envoy("load", str(feed), database=db)
    assert done.returncode == 1
    docs = query(
        db,
        "select source_file, url, title, published, outlet, line_number "
        "from raw.documents order by line_number",
    )
    assert docs == [
        ("r1", "https://example.org/a", "T", "2023-11-23", "Dawn", 1),
        ("https://example.org/b", "https://example.org/b", None, None, None, 5),
    ]
    errors = query(db, "select line_number, reason from raw.load_errors order by line_number")
    assert errors == [
        (2, "invalid_json"),
        (3, "missing_text"),
        (6, "missing_text"),
        (7, "invalid_json"),
    ]


def test_a_json_syntax_error_is_named_with_the_decoder_message(tmp_path):
    feed = write(tmp_path / "feed.jsonl", '{"text": "Talks in Moscow." "id": 1}\n["a"]\n')
    db = tmp_path / "w.duckdb"
    done = run_envoy("load", str(feed), database=db)
    assert done.returncode == 1
    details = query(db, "select line_number, detail from raw.load_errors order by line_number")
    assert details == [
        (
            1,
            "invalid JSON: Expecting ',' delimiter at column 29: "
            '{"text": "Talks in Moscow." "id": 1}',
        ),
        (2, 'not a JSON object: ["a"]'),
    ]
    assert f"rejected {feed}:1: invalid_json (invalid JSON: Expecting" in done.stderr


def test_a_published_hint_that_is_no_date_keeps_the_document_with_a_warning(tmp_path):
    records = [
        {"id": "r1", "text": ARTICLE, "published": "not a date"},
        {"id": "r2", "text": "Talks in Moscow.", "published": "23 Nov 2023"},
    ]
    feed = write(tmp_path / "feed.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    db = tmp_path / "w.duckdb"
    done = run_envoy("load", str(feed), database=db)
    assert done.returncode == 0
    assert done.stdout.strip() == "loaded 2 new, 0 already present, 0 rejected, 1 with warnings"
    detail = (
        "the \"published\" hint 'not a date' has no year; the document is kept and its date "
        "is read from the text"
    )
    assert done.stderr == f"warning {feed}:1: published_not_a_date ({detail})\n"
    assert query(db, "select line_number, reason, detail from raw.load_warnings") == [
        (1, "published_not_a_date", detail)
    ]
    assert query(db, "select count(*) from raw.documents")[0][0] == 2


def test_a_load_records_when_it_finished(tmp_path):
    write(tmp_path / "in" / "a.txt", ARTICLE)
    db = tmp_path / "w.duckdb"
    load([str(tmp_path / "in")], str(db))
    started, finished = query(db, "select started_at, finished_at from raw.loads")[0]
    assert finished > started


def test_odd_file_names(tmp_path):
    names = ["with space.txt", 'it\'s "quoted".txt', "Пакистан و روس.txt", "ümlaut–dash.md"]
    for index, name in enumerate(names):
        write(tmp_path / "in" / name, f"Document {index}: {ARTICLE}")
    db = tmp_path / "w.duckdb"
    done = run_envoy("load", str(tmp_path / "in"), database=db)
    assert done.returncode == 0, done.stderr
    assert sorted(row[0] for row in query(db, "select source_file from raw.documents")) == sorted(
        names
    )


def test_globs_and_usage_errors(tmp_path):
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "b.txt", "Another text.")
    write(tmp_path / "c.md", "Third text.")
    db = tmp_path / "w.duckdb"
    assert run_envoy("load", str(tmp_path / "*.txt"), database=db).returncode == 0
    assert counts(db)[0] == 2
    missing = run_envoy("load", str(tmp_path / "nope.txt"), database=db)
    assert missing.returncode == 2 and "no such file" in missing.stderr
    unwritable = run_envoy(
        "load",
        str(tmp_path / "a.txt"),
        "--database",
        str(tmp_path / "no" / "dir" / "w.duckdb"),
        database=db,
    )
    assert unwritable.returncode == 2 and "database" in unwritable.stderr
    assert run_envoy("load", database=db).returncode == 2


def test_database_from_environment_and_default(tmp_path):
    write(tmp_path / "a.txt", ARTICLE)
    env_db = tmp_path / "env.duckdb"
    assert run_envoy("load", str(tmp_path / "a.txt"), database=env_db).returncode == 0
    assert counts(env_db)[0] == 1
    env = {k: v for k, v in os.environ.items() if k != "ENVOY_DB"}
    subprocess.run(
        [str(BIN / "envoy"), "load", "a.txt"],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
    )
    assert counts(tmp_path / "warehouse.duckdb")[0] == 1


def test_quiet_and_non_tty_output_is_one_summary_line(tmp_path):
    write(tmp_path / "a.txt", ARTICLE)
    done = run_envoy("load", str(tmp_path), "--quiet", database=tmp_path / "w.duckdb")
    assert done.stdout == "loaded 1 new, 0 already present, 0 rejected\n"
    assert done.stderr == ""


def test_expand_inputs_skips_hidden_files_and_deduplicates(tmp_path):
    a = write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / ".hidden.txt", ARTICLE)
    assert expand_inputs([str(tmp_path), str(a)]) == [a.resolve()]


def test_sigkill_leaves_the_database_as_before_and_the_next_run_completes(tmp_path):
    corpus = tmp_path / "corpus"
    for index in range(4000):
        write(corpus / f"doc{index:05}.txt", f"Document {index}. " + ARTICLE * 40)
    db = tmp_path / "w.duckdb"
    write(tmp_path / "first.txt", "A first document, loaded before the killed runs.")
    assert run_envoy("load", str(tmp_path / "first.txt"), database=db).returncode == 0
    before = counts(db)
    env = {**os.environ, "ENVOY_DB": str(db)}
    for delay in (0.3, 0.8, 1.5):
        process = subprocess.Popen(
            [str(BIN / "envoy"), "load", str(corpus)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        after = counts(db)
        # All or nothing: either the whole run committed or none of it did.
        assert after in (before, (before[0] + 4000, before[1] + 4000, before[2] + 1))
        if after != before:
            break
    done = run_envoy("load", str(corpus), database=db)
    assert done.returncode == 0, done.stderr
    assert counts(db)[:2] == (before[0] + 4000, before[1] + 4000)
