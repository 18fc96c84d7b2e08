"""Count the DuckDB-only constructs in envoy's models and macros (docs/scale-out.md).

Comments (SQL `--` lines and Jinja `{# #}` blocks) are stripped first; each construct is a
regular expression over what is left. Prints one line per area and the most used
constructs: `python scripts/count_duckdb_functions.py`.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent

# construct name -> pattern; functions are matched as a name followed by "(".
CONSTRUCTS = {
    ":: casts": r"::\s*\w+",
    "regexp_matches": r"\bregexp_matches\s*\(",
    "len": r"\blen\s*\(",
    "arg_min": r"\barg_min(?:_null)?\s*\(",
    "arg_max": r"\barg_max(?:_null)?\s*\(",
    "list slices [a:b]": r"\[[^\[\]:\n]+:[^\[\]\n]*\]",
    "unnest in a select list": r"\bunnest\s*\(",
    "anti/semi join": r"\b(?:anti|semi)\s+join\b",
    "string_split": r"\bstring_split(?:_regex)?\s*\(",
    "array_to_string": r"\barray_to_string\s*\(",
    "list_transform": r"\blist_transform\s*\(",
    "range": r"\brange\s*\(",
    "regexp_full_match": r"\bregexp_full_match\s*\(",
    "list": r"(?<![\w.])list\s*\(",
    "list_filter": r"\blist_filter\s*\(",
    "list_contains": r"\blist_contains\s*\(",
    "list_position": r"\blist_position\s*\(",
    "qualify": r"\bqualify\b",
    "string_agg": r"\bstring_agg\s*\(",
    "strip_accents": r"\bstrip_accents\s*\(",
    "mode": r"\bmode\s*\(",
    "generate_subscripts": r"\bgenerate_subscripts\s*\(",
    "epoch": r"\bepoch\s*\(",
    "union all by name": r"\bunion\s+all\s+by\s+name\b",
    "select * exclude": r"\*\s*exclude\b",
    "struct literals {'a': ...}": r"\{\s*'\w+'\s*:",
    "list_sum": r"\blist_sum\s*\(",
    "list_select": r"\blist_select\s*\(",
    "list_has_any": r"\blist_has_any\s*\(",
    "list_has_all": r"\blist_has_all\s*\(",
    "list_reverse": r"\blist_reverse\s*\(",
    "list_sort": r"\blist_sort\s*\(",
    "list_distinct": r"\blist_distinct\s*\(",
    "list_intersect": r"\blist_intersect\s*\(",
    "to_days": r"\bto_days\s*\(",
}
AREAS = {
    "mentions": "models/intermediate/mentions",
    "meetings": "models/intermediate/meetings",
    "articles": "models/intermediate/articles",
    "gazetteer and staging": ("models/intermediate/gazetteer", "models/staging"),
    "marts": "models/marts",
    "macros": "macros",
}


def without_comments(sql: str) -> str:
    sql = re.sub(r"\{#.*?#\}", "", sql, flags=re.DOTALL)
    return re.sub(r"--[^\n]*", "", sql)


def count(paths: list[Path]) -> tuple[Counter[str], Counter[str]]:
    """Uses per construct, and per file, over the given SQL files."""
    by_construct: Counter[str] = Counter()
    by_file: Counter[str] = Counter()
    for path in paths:
        sql = without_comments(path.read_text(encoding="utf-8"))
        for name, pattern in CONSTRUCTS.items():
            uses = len(re.findall(pattern, sql, flags=re.IGNORECASE))
            by_construct[name] += uses
            by_file[path.stem] += uses
    return by_construct, by_file


def main() -> None:
    total: Counter[str] = Counter()
    files: Counter[str] = Counter()
    for area, folders in AREAS.items():
        folders = (folders,) if isinstance(folders, str) else folders
        paths = sorted(path for folder in folders for path in (PROJECT / folder).glob("*.sql"))
        by_construct, by_file = count(paths)
        total += by_construct
        files += by_file
        print(f"{area}: {len(paths)} files, {sum(by_construct.values())} uses")
    print(f"total: {sum(total.values())} uses")
    print("most used: " + ", ".join(f"{name} {n}" for name, n in total.most_common() if n))
    print("heaviest files: " + ", ".join(f"{name} {n}" for name, n in files.most_common(6)))


if __name__ == "__main__":
    main()
