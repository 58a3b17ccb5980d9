"""Compiled patterns kept between runs: the same matches as ``re.compile``, and a damaged
or foreign store only means compiling as usual."""

from __future__ import annotations

import re

import pytest

from licenselens import lazyre

PATTERNS = [(r"\b(?:may|shall) not (?P<verb>\w+)", re.IGNORECASE),
            (r"[\u3400-\u4dbf]{2,}|\bfree\b", 0), (r"(?<![^\W_])gpl[\W_]+2\.0\+(?![^\W_])", 0)]
TEXTS = ["You MAY NOT sell it.", "free software 中文字", "GPL-2.0+ or later", ""]


def _matches(p: re.Pattern[str]) -> list:
    return [(m.span(), m.groupdict()) for t in TEXTS for m in p.finditer(t)]


@pytest.mark.skipif(lazyre._sre is None, reason="this Python keeps no compiled code")
def test_stored_patterns_match_as_compiled_ones(tmp_path):
    path = tmp_path / "regex.json"
    first = lazyre.CompiledStore(path)
    made = [first.compile(p, f) for p, f in PATTERNS]
    first.save()
    assert path.exists()
    later = lazyre.CompiledStore(path)
    for (pattern, flags), p in zip(PATTERNS, made, strict=True):
        again = later.compile(pattern, flags)
        want = re.compile(pattern, flags)
        assert _matches(again) == _matches(p) == _matches(want)
        assert again.groupindex == want.groupindex and again.flags == want.flags
    assert later._new == {}  # all of them came from the store


@pytest.mark.parametrize("content", ["not json", '{"0:\\\\bfree\\\\b": [0, [1, 2, 3], 0, {}, []]}',
                                     '["a list"]'])
def test_a_damaged_store_compiles_as_usual(tmp_path, content):
    path = tmp_path / "regex.json"
    path.write_text(content, encoding="utf-8")
    p = lazyre.CompiledStore(path).compile(r"\bfree\b")
    assert p.search("it is free software").group(0) == "free"


def test_an_unwritable_store_is_no_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    store = lazyre.CompiledStore(blocker / "regex.json")
    assert store.compile(r"\d+").findall("a1b22") == ["1", "22"]
    store.save()  # silently not written
