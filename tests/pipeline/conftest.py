"""Fixtures of the pipeline tests (the builders are in ``tests/readers/builders.py``)."""

from __future__ import annotations

import os

import pytest


@pytest.fixture
def needs_symlinks(tmp_path):
    try:
        os.symlink("x", tmp_path / ".probe")
    except (OSError, NotImplementedError):  # pragma: no cover - Windows without privilege
        pytest.skip("symlinks are not available here")
    (tmp_path / ".probe").unlink()
