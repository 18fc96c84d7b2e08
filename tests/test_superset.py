"""`make superset`: Superset in its own environment shows envoy's dashboard with data.

Slow (about 3 minutes the first time on a 2-core machine, most of it Superset's own
database migrations; the virtual environment is kept in ~/.cache/envoy-superset between
runs). Skipped, with the reason, only when Superset cannot be installed (no package index).
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import PROJECT_DIR, SESSION_BUILDS, run_envoy

pytestmark = pytest.mark.slow

SCRIPT = PROJECT_DIR / "superset" / "envoy_superset.py"
CHARTS = {
    "Meetings by month",
    "Meeting timeline",
    "People who meet most",
    "Meetings with their sources and evidence",
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Api:
    """Superset's REST API as the admin user, with the standard library only."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.token = ""
        login = self.call(
            "POST",
            "/api/v1/security/login",
            {"username": "admin", "password": "admin", "provider": "db"},
        )
        self.token = login["access_token"]

    def call(self, method: str, path: str, body: dict | None = None) -> dict:
        request = urllib.request.Request(
            self.base + path,
            method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={"Content-Type": "application/json"}
            | ({"Authorization": f"Bearer {self.token}"} if self.token else {}),
        )
        with urllib.request.urlopen(request, timeout=120) as response:
            return json.load(response)


def start_superset(folder: Path) -> tuple[str, subprocess.Popen] | str:
    """`make superset` on the published sample, until it answers (a session build: Superset
    starts in the background once the sample is built). The reason when it cannot install."""
    install = subprocess.run(
        [sys.executable, str(SCRIPT), "install"], capture_output=True, text=True, check=False
    )
    if install.returncode != 0:
        return f"Superset's virtual environment cannot be installed: {install.stderr[-300:]}"
    published = folder / "published.duckdb"
    result = run_envoy(
        "publish", "--published", str(published), database=SESSION_BUILDS.get("sample_warehouse")
    )
    assert result.returncode == 0, result.stderr
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, str(SCRIPT), "serve", "--published", str(published), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    SESSION_BUILDS.on_close(lambda: stop(server))
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 600
    while True:
        if server.poll() is not None:
            raise AssertionError(f"make superset stopped: {server.stdout.read()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=5) as response:
                if response.status == 200:
                    return url, server
        except OSError:
            pass
        assert time.monotonic() < deadline, "Superset did not answer in 10 minutes"
        time.sleep(2)


def stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(30)


SESSION_BUILDS.define("superset_started", start_superset)


@pytest.fixture(scope="session")
def superset_started() -> tuple[str, subprocess.Popen] | str:
    return SESSION_BUILDS.get("superset_started")


@pytest.fixture(scope="module")
def superset_url(superset_started):
    if isinstance(superset_started, str):
        pytest.skip(superset_started)
    url, server = superset_started
    yield url
    stop(server)


def test_superset_listens_on_loopback_only(superset_url):
    assert superset_url.startswith("http://127.0.0.1:")


def test_the_dashboard_charts_return_rows_from_the_published_warehouse(superset_url):
    api = Api(superset_url)
    envoy = "(filters:!((col:database_name,opr:eq,value:envoy)))"
    database = api.call("GET", f"/api/v1/database/?q={envoy}")
    assert database["count"] == 1
    uri = api.call("GET", f"/api/v1/database/{database['ids'][0]}/connection")["result"][
        "sqlalchemy_uri"
    ]
    assert uri.endswith("published.duckdb?access_mode=read_only"), uri

    charts = api.call("GET", "/api/v1/dashboard/envoy-meetings/charts")["result"]
    assert {chart["slice_name"] for chart in charts} == CHARTS
    for chart in charts:
        saved = api.call("GET", f"/api/v1/chart/{chart['id']}")["result"]
        query_context = json.loads(saved["query_context"])
        # the export's dataset ids are those of the Superset it came from
        dataset_id = int(chart["form_data"]["datasource"].split("__")[0])
        query_context["datasource"]["id"] = dataset_id
        data = api.call("POST", "/api/v1/chart/data", query_context)
        rows = data["result"][0]["rowcount"]
        assert rows > 0, chart["slice_name"]
