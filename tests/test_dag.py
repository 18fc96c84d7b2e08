"""The DAG flows forward: a model reads only models of its own layer or an earlier one
(staging < intermediate < marts), so the marts are the end of the build, never an input."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import DBT

LAYERS = ["staging", "intermediate", "marts"]


@pytest.fixture(scope="module")
def manifest() -> dict:
    """The manifest of the session's parse (dbt parse in the dbt workers, conftest.DBT)."""
    return DBT.manifest()


def layer(node: dict) -> int:
    """The layer of a model: the first folder of its path under models/."""
    folder = Path(node["original_file_path"]).parts[1]
    assert folder in LAYERS, f"{node['original_file_path']} is in no layer folder"
    return LAYERS.index(folder)


def backward_reads(nodes: dict) -> list[str]:
    """Every read of a model by a model of an earlier layer (seeds and sources are fine)."""
    models = {key: node for key, node in nodes.items() if key.startswith("model.")}
    return [
        f"{node['name']} ({LAYERS[layer(node)]}) reads {models[parent]['name']} "
        f"({LAYERS[layer(models[parent])]})"
        for node in models.values()
        for parent in node["depends_on"]["nodes"]
        if parent in models and layer(models[parent]) > layer(node)
    ]


def test_no_model_reads_a_model_of_a_later_layer(manifest):
    assert any(key.startswith("model.") for key in manifest["nodes"])
    assert backward_reads(manifest["nodes"]) == []


def test_the_check_sees_an_intermediate_model_reading_a_mart():
    def model(path: str, *parents: str) -> dict:
        name = Path(path).stem
        return {"name": name, "original_file_path": path, "depends_on": {"nodes": list(parents)}}

    nodes = {
        "model.envoy.articles": model("models/marts/articles.sql", "model.envoy.int_a"),
        "model.envoy.int_a": model("models/intermediate/int_a.sql", "seed.envoy.page_sections"),
        "model.envoy.int_b": model("models/intermediate/x/int_b.sql", "model.envoy.articles"),
    }
    assert backward_reads(nodes) == ["int_b (intermediate) reads articles (marts)"]
