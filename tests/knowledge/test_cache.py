"""The user cache: parts read on first use, damage found and repaired, no code run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest

from licenselens.knowledge import cache, snapshot


@pytest.fixture
def user_cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("LICENSELENS_CACHE", str(folder))
    return folder


class Built:
    """A build function that counts its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> dict:
        self.calls += 1
        return {"words": {"free": 1, "software": 2}, "sizes": np.arange(6, dtype=np.int32),
                "blob": b"one\ntwo", "note": "v1"}


def _load(built: Built) -> cache.Plain:
    return cache.load_or_build("t", "fp", built, lambda plain: plain, lambda parts: parts)


def _entry(folder: Path) -> Path:
    (path,) = folder.glob("t-fp.*")
    return path


def test_parts_round_trip_and_are_not_rebuilt(user_cache):
    built = Built()
    first = _load(built)
    again = _load(built)
    assert built.calls == 1
    assert again["words"] == {"free": 1, "software": 2}
    assert again["blob"] == b"one\ntwo" and again["note"] == "v1"
    assert again["sizes"].tolist() == first["sizes"].tolist() == [0, 1, 2, 3, 4, 5]
    assert not again["sizes"].flags.writeable  # read-only: nobody edits the shared index


def test_an_unused_part_is_never_decoded(user_cache):
    built = Built()
    _load(built)
    path = _entry(user_cache)
    data = bytearray(path.read_bytes())
    data[-1] ^= 0xFF  # damage the last part ("note")
    path.write_bytes(bytes(data))
    parts = _load(built)
    with pytest.warns(RuntimeWarning, match="unreadable"):
        assert parts["note"] == "v1"  # found when read, rebuilt, served fresh
    assert built.calls == 2
    assert _load(built)["note"] == "v1"  # and the rebuilt file is sound
    assert built.calls == 2


@pytest.mark.parametrize("damage", ["garbage", "truncate", "empty", "bad-table", "flip-array"])
def test_a_damaged_entry_is_rebuilt_with_a_warning(user_cache, damage):
    built = Built()
    _load(built)
    path = _entry(user_cache)
    data = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(os.urandom(200))
    elif damage == "truncate":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "bad-table":
        path.write_bytes(data.replace(b'"sizes"', b'"sizes', 1))
    else:
        head = data.index(b"]}") + 2
        array_at = data.index(np.arange(6, dtype=np.int32).tobytes(), head)
        path.write_bytes(data[:array_at] + b"\x7f" + data[array_at + 1:])
    with pytest.warns(RuntimeWarning, match="unreadable"):
        parts = _load(built)
        assert parts["sizes"].tolist() == [0, 1, 2, 3, 4, 5]
        assert parts["words"]["software"] == 2
    assert built.calls == 2


def test_an_unwritable_cache_still_answers(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("LICENSELENS_CACHE", str(blocker / "cache"))
    built = Built()
    assert _load(built)["note"] == "v1"
    assert _load(built)["note"] == "v1"
    assert built.calls == 2  # built in memory each time


def test_the_table_of_contents_is_json_and_nothing_is_pickled(user_cache):
    _load(Built())
    data = _entry(user_cache).read_bytes()
    magic, size, rest = data.split(b"\n", 2)
    table = json.loads(rest[: int(size)])
    assert magic.startswith(b"licenselens-cache")
    assert {k: v[3] for k, v in table.items()} == {
        "words": "json", "sizes": "array", "blob": "bytes", "note": "json"}
    assert b"numpy.core.multiarray" not in data and b"\x80\x04" not in data[:64]


def test_an_exact_match_needs_neither_numpy_nor_the_vocabulary(tmp_path):
    """A warm start on a file that matches a reference word for word decodes only the
    small tables it needs: numpy is not imported (it is a third of a cold start)."""
    env = {**os.environ, "LICENSELENS_CACHE": str(tmp_path / "c")}
    warm = subprocess.run([sys.executable, "-c", "import licenselens; "
                           "licenselens.classify_text('Permission is hereby granted')"],
                          env=env, capture_output=True, text=True, timeout=300)
    assert warm.returncode == 0, warm.stderr
    check = textwrap.dedent("""
        import sys
        import licenselens
        r = licenselens.classify_text(sys.stdin.read())
        print(r.expression, r.matched_by, "numpy" in sys.modules)
    """)
    mit = "Copyright 2024 A. Person\n\n" + snapshot.licenses()["mit"]["text"]
    run = subprocess.run([sys.executable, "-c", check], input=mit, env=env,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["MIT", "exact", "False"]


def test_writing_an_entry_removes_its_stale_files_of_other_fingerprints(user_cache):
    user_cache.mkdir(parents=True)
    month_ago = time.time() - (cache.STALE_DAYS + 1) * 86400
    stale = [user_cache / "t-0ld1.llc", user_cache / "t-0ld2.pickle"]
    recent = user_cache / "t-recent9.llc"  # another installed version may still use it
    other = user_cache / "t-extra-0ld3.llc"  # another entry's name
    foreign = user_cache / "notes-0ld4.llc"
    for p in [*stale, recent, other, foreign]:
        p.write_bytes(b"x")
    for p in [*stale, other, foreign]:
        os.utime(p, (month_ago, month_ago))
    _load(Built())
    assert not any(p.exists() for p in stale)
    assert recent.exists() and other.exists() and foreign.exists()
    assert _entry(user_cache).exists()
