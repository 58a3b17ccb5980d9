"""Fixtures for the openness tests."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml


@pytest.fixture
def write_profile(tmp_path: Path):
    """Write a profile mapping as YAML into the test's folder; returns the path."""

    def write(data: dict, name: str = "profile.yaml") -> Path:
        path = tmp_path / name
        path.write_text(yaml.safe_dump(copy.deepcopy(data), sort_keys=False), encoding="utf-8")
        return path

    return write
