"""`make superset`: Superset in its own virtual environment, with envoy's dashboard.

    python superset/envoy_superset.py setup   # install, initialise, import the dashboard
    python superset/envoy_superset.py serve   # setup, then serve on 127.0.0.1 until Ctrl-C

Everything Superset needs lives in $ENVOY_SUPERSET_HOME (default ~/.cache/envoy-superset),
outside the project's .venv: the virtual environment (pinned by superset/requirements.lock),
the metadata database and the dashboard ZIP. The only database Superset gets is envoy's
published warehouse, opened read-only; the dashboard is superset/dashboard/, a Superset
dashboard export (YAML), zipped with the warehouse's path filled in. Standard library only:
it runs with any Python 3.11.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT_DIR = HERE.parent
LOCK = HERE / "requirements.lock"
DASHBOARD = HERE / "dashboard"
CONFIG = HERE / "superset_config.py"
URI_PLACEHOLDER = "PUBLISHED_WAREHOUSE"
DASHBOARD_SLUG = "envoy-meetings"
ADMIN = os.environ.get("ENVOY_SUPERSET_USER", "admin")
PASSWORD = os.environ.get("ENVOY_SUPERSET_PASSWORD", "admin")


def home() -> Path:
    return Path(
        os.environ.get("ENVOY_SUPERSET_HOME") or Path.home() / ".cache" / "envoy-superset"
    ).resolve()


def superset_bin() -> Path:
    return home() / "venv" / "bin" / "superset"


def environment() -> dict[str, str]:
    return {
        **os.environ,
        "ENVOY_SUPERSET_HOME": str(home()),
        "SUPERSET_CONFIG_PATH": str(CONFIG),
        "FLASK_APP": "superset",
        "DO_NOT_TRACK": "1",
        "SUPERSET_LOG_LEVEL": "warning",
    }


def step(title: str, command: list[str]) -> None:
    """Run one step quietly; on failure show its output and stop."""
    print(f"superset: {title}", flush=True)
    result = subprocess.run(
        command, env=environment(), capture_output=True, text=True, cwd=home(), check=False
    )
    if result.returncode != 0:
        sys.stderr.write(result.stdout[-3000:] + result.stderr[-3000:])
        raise SystemExit(f"superset: {title} failed (exit {result.returncode})")


def lock_hash() -> str:
    return hashlib.sha256(LOCK.read_bytes()).hexdigest()


def install() -> None:
    """The virtual environment, (re)installed when requirements.lock changes."""
    venv = home() / "venv"
    stamp = venv / ".envoy-lock-sha256"
    wanted = lock_hash()
    if stamp.is_file() and stamp.read_text() == wanted and superset_bin().exists():
        return
    home().mkdir(parents=True, exist_ok=True)
    shutil.rmtree(venv, ignore_errors=True)
    step("create the virtual environment", [sys.executable, "-m", "venv", str(venv)])
    uv = shutil.which("uv") or str(PROJECT_DIR / ".venv" / "bin" / "uv")
    python = str(venv / "bin" / "python")
    step(
        f"install {LOCK.relative_to(PROJECT_DIR)}",
        [uv, "pip", "install", "--quiet", "--python", python, "-r", str(LOCK)],
    )
    stamp.write_text(wanted)


def warehouse_uri(published: Path) -> str:
    """The SQLAlchemy URI of the published warehouse, read-only (four slashes: absolute)."""
    return f"duckdb:///{published}?access_mode=read_only"


def dashboard_zip(published: Path) -> Path:
    """superset/dashboard/ as the ZIP `superset import-dashboards` takes, the database URI
    pointing at ``published``, read-only."""
    target = home() / "envoy_dashboard.zip"
    with zipfile.ZipFile(target, "w") as archive:
        for path in sorted(DASHBOARD.rglob("*.yaml")):
            text = path.read_text(encoding="utf-8").replace(
                f"duckdb:///{URI_PLACEHOLDER}?access_mode=read_only", warehouse_uri(published)
            )
            archive.writestr(f"envoy_dashboard/{path.relative_to(DASHBOARD)}", text)
    return target


def initialise() -> None:
    """Superset's metadata database, user and roles, once per installed environment (each
    step starts Superset: about 30 s on 2 cores)."""
    stamp = home() / "initialised-sha256"
    if stamp.is_file() and stamp.read_text() == lock_hash():
        return
    superset = str(superset_bin())
    step("upgrade its metadata database", [superset, "db", "upgrade"])
    step(
        f"create the user {ADMIN}",
        [
            superset, "fab", "create-admin", "--username", ADMIN, "--password", PASSWORD,
            "--firstname", "envoy", "--lastname", "admin", "--email", "admin@localhost",
        ],
    )  # fmt: skip
    step("set up roles and permissions", [superset, "init"])
    stamp.write_text(lock_hash())


def setup(published: Path) -> None:
    install()
    initialise()
    superset = str(superset_bin())
    step(
        f"import the dashboard, reading {published} read-only",
        [superset, "import-dashboards", "--path", str(dashboard_zip(published)), "-u", ADMIN],
    )
    # An import keeps an existing database's URI: point it at this warehouse.
    step(
        "point the database envoy at it",
        [superset, "set-database-uri", "-d", "envoy", "-u", warehouse_uri(published)],
    )


def serve(port: int) -> int:
    print(
        f"superset: http://127.0.0.1:{port}/superset/dashboard/{DASHBOARD_SLUG}/ "
        f"(user {ADMIN}, password {PASSWORD}); Ctrl-C stops it",
        flush=True,
    )
    command = [str(superset_bin()), "run", "-h", "127.0.0.1", "-p", str(port), "--with-threads"]
    try:
        return subprocess.call(command, env=environment(), cwd=home())
    except KeyboardInterrupt:
        return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["install", "setup", "serve"])
    parser.add_argument(
        "--published",
        default=os.environ.get("ENVOY_PUBLISHED", "published.duckdb"),
        help="the published warehouse (default: $ENVOY_PUBLISHED, else published.duckdb)",
    )
    parser.add_argument("--port", type=int, default=int(os.environ.get("SUPERSET_PORT", 8088)))
    args = parser.parse_args(argv)
    published = Path(args.published).resolve()
    if args.command == "install":
        install()
        return 0
    if not published.is_file():
        print(f"superset: no {published} yet: run make demo or make build", file=sys.stderr)
        return 3
    setup(published)
    return serve(args.port) if args.command == "serve" else 0


if __name__ == "__main__":
    sys.exit(main())
