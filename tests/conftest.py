"""Shared test helpers: reference texts come from the installed data package
(licensedcode-data), never from files in this repository."""

from __future__ import annotations

import textwrap

import pytest

from licenselens.knowledge.refindex import licenses_dir


def reference_text(scancode_key: str) -> str:
    """The body of a ScanCode LicenseDB text, from the installed package."""
    directory = licenses_dir()
    if directory is None:  # pragma: no cover - the package is a declared dependency
        pytest.skip("licensedcode-data is not installed")
    raw = (directory / f"{scancode_key}.LICENSE").read_text(encoding="utf-8")
    if raw.startswith("---"):
        raw = raw[raw.find("\n---", 3) + 4 :]
    return raw.strip("\n")


def rewrap(text: str, width: int = 60) -> str:
    """Re-flow every paragraph to another width (real-file noise)."""
    paras = [" ".join(p.split()) for p in text.split("\n\n")]
    return "\n\n".join(textwrap.fill(p, width) for p in paras if p)


@pytest.fixture
def ref():
    return reference_text
