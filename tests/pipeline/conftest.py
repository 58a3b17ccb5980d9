"""Fixtures of the pipeline tests: those of the reader tests (builders in tests/readers)."""

from __future__ import annotations

from tests.readers.conftest import needs_symlinks

__all__ = ["needs_symlinks"]
