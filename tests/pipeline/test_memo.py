"""Work once: copies of a license that differ in their copyright lines are judged once,
and each copy's result is exactly what judging it alone gives."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

import licenselens
from licenselens.judge.policy import Policy
from licenselens.pipeline import texts
from licenselens.pipeline.memo import TextMemo
from licenselens.pipeline.memostore import MemoStore

from ..conftest import reference_text


def _copies(key: str, n: int) -> list[str]:
    body = reference_text(key)
    return [f"Copyright (c) {2000 + i} Author Number {i * 7919} <a{i}@example.org>\n"
            + ("All rights reserved.\n" if i % 2 else "") + "\n" + body for i in range(n)]


def _alone(text: str, source: str) -> dict:
    d = texts._judge_text(text, source, "text", None, []).to_dict()
    d.pop("data_version")
    return d


def test_each_copy_gets_what_judging_it_alone_gives():
    copies = _copies("gpl-3.0", 5)
    for i, text in enumerate(copies):
        got = licenselens.classify_text(text, source=f"copy{i}").to_dict()
        got.pop("data_version")
        assert got == _alone(text, f"copy{i}")


def test_evidence_offsets_follow_each_copy():
    copies = _copies("gpl-3.0", 3)
    quotes = set()
    for i, text in enumerate(copies):
        ev = licenselens.classify_text(text, source=f"c{i}").restrictions["modify"].evidence[0]
        quotes.add(text[ev.start:ev.end])
    assert len(quotes) == 1  # the same clause, wherever it stands in each copy


def test_the_judge_runs_once_per_distinct_text():
    memo, calls = TextMemo(), []

    def judge(text, source, warnings):
        calls.append(source)
        return texts._judge_text(text, source, "text", None, warnings)

    for i, text in enumerate(_copies("mit", 4) + _copies("apache-2.0", 2)):
        memo.classify(text, f"f{i}", "text", None, [], judge)
    assert len(calls) == 2


def test_policy_and_kind_are_part_of_the_key():
    memo, calls = TextMemo(), []

    def judge(text, source, warnings):
        calls.append(source)
        return texts._judge_text(text, source, "text", None, warnings)

    text = _copies("mit", 1)[0]
    memo.classify(text, "a", "text", None, [], judge)
    memo.classify(text, "b", "model-card", None, [], judge)
    memo.classify(text, "c", "text", Policy(max_semi_open=1), [], judge)
    assert len(calls) == 3


def test_a_result_that_quotes_spans_is_not_reused():
    text = reference_text("mit") + "\n\nThe Software may not be used for commercial purposes.\n"
    a = licenselens.classify_text("Copyright 2001 A\n\n" + text, source="a")
    b = licenselens.classify_text("Copyright 2002 Somebody Else\n\n" + text, source="b")
    span_a = [w for w in a.warnings if "adds to MIT" in w][0]
    span_b = [w for w in b.warnings if "adds to MIT" in w][0]
    assert span_a != span_b  # each copy's own character span


def test_a_one_line_notice_is_judged_per_copy():
    """Terms written on the copyright line itself differ with each copy: the evidence
    quotes that line, so a copy never gets another copy's quote or offsets."""
    memo = TextMemo()
    notices = [f"Copyright {year} {who}. All rights reserved. No one may copy or change "
               "this program.\n" for year, who in ((2031, "Nobody Corp"),
                                                   (2024, "Example Corporation Ltd"))]
    for text in notices + notices[:1]:
        got = memo.classify(text, "n", "text", None, [],
                            lambda t, s, w: texts._judge_text(t, s, "text", None, w)).to_dict()
        want = _alone(text, "n")
        got.pop("data_version")
        assert got == want
        for v in got["restrictions"].values():
            for ev in v["evidence"]:
                if ev["end"]:
                    assert text[ev["start"]:ev["end"]] == ev["text"]


def _judge(text, source, warnings):
    return texts._judge_text(text, source, "text", None, warnings)


def _refuse(text, source, warnings):
    raise AssertionError("judged again although an earlier run had judged this text")


def test_the_store_keeps_results_across_runs(tmp_path):
    copies = _copies("bsd-new", 3)
    first = TextMemo(store=MemoStore(tmp_path / "memo"))
    want = [first.classify(t, f"c{i}", "text", None, [], _judge).to_dict()
            for i, t in enumerate(copies)]
    later = TextMemo(store=MemoStore(tmp_path / "memo"))  # a new run: empty memory
    got = [later.classify(t, f"c{i}", "text", None, [], _refuse).to_dict()
           for i, t in enumerate(copies)]
    assert got == want
    # another policy is another key: judged, not taken from the store
    strict = Policy(max_semi_open=0, name="strict")
    with pytest.raises(AssertionError, match="judged again"):
        later.classify(copies[0], "c0", "text", strict, [], _refuse)


def test_a_damaged_store_line_is_skipped(tmp_path):
    text = _copies("mit", 1)[0]
    TextMemo(store=MemoStore(tmp_path)).classify(text, "a", "text", None, [], _judge)
    (stored,) = tmp_path.glob("*.jsonl")
    good = stored.read_text(encoding="utf-8")
    stored.write_text('{"k": "cut in the mid\n' + "not json\n" + good, encoding="utf-8")
    got = TextMemo(store=MemoStore(tmp_path)).classify(text, "a", "text", None, [], _refuse)
    assert got.expression == "MIT"


def test_cli_memo_gives_the_same_output(tmp_path):
    lic = tmp_path / "LICENSE"
    lic.write_text(_copies("apache-2.0", 1)[0], encoding="utf-8")
    env = {**os.environ, "LICENSELENS_CACHE": str(tmp_path / "cache")}
    env.pop("LICENSELENS_MEMO", None)
    cmd = [sys.executable, "-m", "licenselens", "classify", "--json", str(lic)]
    plain = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    runs = [subprocess.run([*cmd, "--memo"], env=env, capture_output=True, text=True,
                           timeout=300) for _ in range(2)]
    assert plain.returncode == 0 and all(r.returncode == 0 for r in runs)
    assert runs[0].stdout == runs[1].stdout == plain.stdout
    assert list((tmp_path / "cache").glob("memo-*/*.jsonl"))


def test_a_shared_store_sees_what_another_process_wrote_meanwhile(tmp_path):
    """Pool workers share one store: a text one of them judged is found by the others,
    even when they opened the store before it was written; a line still being written
    is not read half."""
    text = _copies("isc", 1)[0]
    writer = TextMemo(store=MemoStore(tmp_path, shared=True))
    reader_store = MemoStore(tmp_path, shared=True)
    reader = TextMemo(store=reader_store)
    assert reader_store.get("nothing yet") is None  # opened (and read) before the write
    want = writer.classify(text, "w", "text", None, [], _judge).to_dict()
    (tmp_path / "other.jsonl").write_text('{"k": "half a li', encoding="utf-8")
    got = reader.classify(text, "w", "text", None, [], _refuse).to_dict()
    assert got == want
    private = TextMemo(store=MemoStore(tmp_path / "elsewhere", shared=True))
    with pytest.raises(AssertionError, match="judged again"):
        private.classify(text, "w", "text", None, [], _refuse)
