"""The examples in the openness modules' docstrings run and give what they show."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["", ".framework", ".profile", ".licensing", ".scoring", ".mof", ".mof_licenses",
           ".impact", ".loading", ".charts", ".report"]


@pytest.mark.parametrize("name", MODULES, ids=[m or "openness" for m in MODULES])
def test_docstring_examples(name):
    module = importlib.import_module(f"licenselens.openness{name}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted > 0, f"{module.__name__} shows no example"
