"""classify_many and Classifier: order, jobs=2 equal to jobs=1, bad items, small pickles.

Reference texts come from the installed data package; every other fixture is
written here.  A pool of worker processes starts in about a second, so the
pooled run of the mixed input is shared by several tests.
"""

from __future__ import annotations

import io
import itertools
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import reference_text, rewrap

import licenselens
from licenselens import batch
from licenselens.batch import (
    RECORD_FIELDS,
    Classifier,
    WorkerError,
    classify_many,
    is_error,
    write_jsonl,
)
from licenselens.errors import ArgumentError

KEYS = ["mit", "apache-2.0", "bsd-new", "gpl-2.0", "isc", "mpl-2.0", "bsd-simplified", "zlib"]
OWN_TERMS = ("Copyright 2031 Nobody Corp. All rights reserved. You may not copy, modify or "
             "share this software.\n")


def _jsonl(results) -> str:
    out = io.StringIO()
    write_jsonl(results, out)
    return out.getvalue()


@pytest.fixture(scope="module")
def tree(tmp_path_factory) -> Path:
    """Files with their own copyright lines, a folder of several, a proprietary text."""
    root = tmp_path_factory.mktemp("tree")
    for i, key in enumerate(KEYS):
        d = root / f"p{i}"
        d.mkdir()
        body = reference_text(key)
        body = rewrap(body, 50 + i) if i % 2 else body.replace("\n", "\r\n")
        (d / "LICENSE").write_text(f"Copyright (c) {1990 + i} Person {i}\n\n{body}",
                                   encoding="utf-8", newline="")
    folder = root / "model"
    folder.mkdir()
    (folder / "LICENSE").write_text(reference_text("apache-2.0"), encoding="utf-8")
    (folder / "NOTICE").write_text("This product includes software by Person 7.\n",
                                   encoding="utf-8")
    (folder / "README.md").write_text("# A model\n\nNo license words here.\n", encoding="utf-8")
    (root / "own").mkdir()
    (root / "own" / "LICENSE").write_text(OWN_TERMS, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def items(tree) -> list[str]:
    paths = [str(tree / f"p{i}" / "LICENSE") for i in range(len(KEYS))]
    paths[3:3] = [str(tree / "missing" / "LICENSE"), str(tree / "model"),
                  str(tree / "own" / "LICENSE")]
    return paths + [str(tree / "model"), str(tree / "p0"), str(tree / "model")]  # folders in flight


@pytest.fixture(scope="module")
def serial(items) -> str:
    return _jsonl(classify_many(items, jobs=1))


@pytest.fixture(scope="module")
def pooled(items) -> str:
    return _jsonl(classify_many(items, jobs=2, chunksize=1))


def test_jobs_2_equals_jobs_1_byte_for_byte(serial, pooled):
    assert pooled == serial
    # files, missing, own, 3 x model (2 files + summary), p0 (1 file + summary)
    assert len(serial.splitlines()) == 8 + 1 + 1 + 3 * 3 + 2


def test_order_and_results_are_those_of_classify_paths(items, serial):
    rows = [json.loads(line) for line in serial.splitlines()]
    expected = []
    for p in items:
        if "missing" not in p:
            expected += [r.to_dict() for r in licenselens.classify_paths([p])]
    assert [r for r in rows if "error" not in r] == expected
    assert [r["input"] for r in rows][:5] == items[:3] + [items[3], str(Path(items[4]) / "LICENSE")]
    assert [rows[0]["expression"], rows[1]["expression"]] == ["MIT", "Apache-2.0"]


def test_unordered_gives_the_same_results(items, serial):
    loose = _jsonl(classify_many(items, jobs=2, ordered=False, chunksize=1))
    assert sorted(loose.splitlines()) == sorted(serial.splitlines())
    lines = [json.loads(x)["input"] for x in loose.splitlines()]
    model = str(Path(items[4]))
    assert lines.index(model) > lines.index(str(Path(model) / "LICENSE"))  # summary last


def test_a_bad_item_does_not_stop_the_stream(items, serial):
    rows = [json.loads(line) for line in serial.splitlines()]
    bad = rows[3]
    assert bad["input"] == items[3] and bad["tier"] == "unknown" and "no such file" in bad["error"]
    texts = list(classify_many([reference_text("mit"), None, 42, b"bytes", "",
                                ("named", reference_text("isc"))], kind="text", jobs=1))
    assert [is_error(r) for r in texts] == [False, True, True, True, False, False]
    assert texts[0].license.id == "MIT" and texts[-1].license.id == "ISC"
    assert texts[-1].input == "named" and texts[4].tier == "unknown"
    assert "not a path" in next(classify_many([3.5], jobs=1)).extra["error"]


class _Killer(Classifier):
    """Kills its worker process on one text (a crash in native code, say)."""

    def classify_text(self, text, source="<text>"):
        if text == "die":
            os._exit(3)
        return super().classify_text(text, source)


class _NoStart(Classifier):
    def load(self):
        os._exit(4)


def test_a_worker_that_dies_costs_only_its_own_item():
    texts = [reference_text("mit"), "die", reference_text("isc"), reference_text("zlib")]
    out = list(classify_many(texts, kind="text", jobs=2, chunksize=1, classifier=_Killer()))
    assert [r.license.id if r.license else None for r in out] == ["MIT", None, "ISC", "Zlib"]
    assert "died" in out[1].extra["error"] and not is_error(out[0])


def test_workers_that_cannot_start_raise_a_clear_error():
    with pytest.raises(WorkerError, match="jobs=1"):
        list(classify_many(["a", "b", "c", "d"], kind="text", jobs=2,
                          classifier=_NoStart(kind="text")))


def test_the_input_is_read_lazily_and_memory_stays_bounded():
    pulled = itertools.count()

    def endless():
        for n in itertools.count():
            next(pulled)
            yield (f"t{n}", "")

    stream = classify_many(endless(), kind="text", jobs=2, chunksize=2)
    first = list(itertools.islice(stream, 5))
    stream.close()  # stops the pool
    assert [r.input for r in first] == ["t0", "t1", "t2", "t3", "t4"]
    assert next(pulled) <= (2 * batch.CHUNKS_PER_WORKER + 3) * 2


def test_jobs_default_to_one_for_small_inputs_and_every_core_for_big(monkeypatch):
    seen = []

    def fake_pool(tasks, clf, jobs, chunksize, ordered):
        seen.append(jobs)
        return ((t, batch._run(t, clf)) for t in tasks)

    monkeypatch.setattr(batch, "_pooled", fake_pool)
    assert len(list(classify_many([""] * batch.SMALL_INPUT, kind="text"))) == batch.SMALL_INPUT
    assert seen == []
    big = batch.SMALL_INPUT + 50
    assert len(list(classify_many(iter([""] * big), kind="text"))) == big
    assert seen == [batch.default_jobs()]


def test_bad_arguments_are_typed_errors():
    for kwargs in ({"jobs": 0}, {"kind": "url"}, {"chunksize": 0}):
        with pytest.raises(ArgumentError):
            classify_many(["x"], **kwargs)
    with pytest.raises(ArgumentError):
        Classifier(policy=3)


def test_classifier_pickles_small_and_works_in_a_fresh_process(tmp_path):
    policy = tmp_path / "strict.yaml"
    policy.write_text("closed_when:\n  commercial: [prohibited]\n", encoding="utf-8")
    clf = Classifier(policy, kind="text")
    text = reference_text("cc-by-nc-4.0")
    here = clf(text, source="nc")
    assert here.tier == "closed"
    blob = pickle.dumps(clf)
    assert len(blob) < 2048  # used: the index is never part of it
    code = ("import json, pickle, sys; clf = pickle.loads(sys.stdin.buffer.read()); "
            "text = open(sys.argv[1], encoding='utf-8').read(); "
            "print(json.dumps(clf(text, source='nc').to_dict()))")
    src = tmp_path / "text"
    src.write_text(text, encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", code, str(src)], input=blob,
                          capture_output=True, check=True, timeout=120)
    assert json.loads(done.stdout) == here.to_dict()


def test_classifier_on_paths_and_records(tree):
    clf = Classifier()
    folder = clf.classify_path(tree / "model")
    assert folder.kind == "folder" and folder.extra["files"]
    rec = clf.to_record(clf(str(tree / "p0" / "LICENSE")))
    assert list(rec) == [name for name, _ in RECORD_FIELDS]
    assert rec["license_id"] == "MIT" and rec["use"] == "free" and rec["error"] is None
    missing = clf.to_record(clf(tree / "nothing"))
    assert missing["tier"] == "unknown" and "no such file" in missing["error"]


def test_write_jsonl_flushes_each_line():
    class Stream(io.StringIO):
        flushes = 0

        def flush(self):
            Stream.flushes += 1

    out = Stream()
    n = write_jsonl(classify_many(["", reference_text("mit")], kind="text", jobs=1), out)
    lines = out.getvalue().splitlines()
    assert n == 2 and Stream.flushes == 2
    assert json.loads(lines[1])["license"]["id"] == "MIT"
    flat = Stream()
    write_jsonl(classify_many([reference_text("mit")], kind="text"), flat, records=True)
    assert json.loads(flat.getvalue())["license_id"] == "MIT"
