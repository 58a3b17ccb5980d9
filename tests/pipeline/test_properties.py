"""Properties over arbitrary input (hypothesis): nothing escapes identification,
classification or rendering; results do not depend on wrapping, line ends or trailing
blanks; JSON output is byte-identical across runs (and hash seeds).

Kept fast: bounded examples, no deadline (the machine is shared), too_slow suppressed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.conftest import reference_text
from tests.readers.builders import write

from licenselens.errors import LicenselensError
from licenselens.pipeline import classify_file_safely, classify_path, classify_text, identify
from licenselens.report.badges import render_badge
from licenselens.report.documents import render_report
from licenselens.report.packages import render_packages
from licenselens.report.table import plain_table
from licenselens.report.text import format_text
from licenselens.results import KINDS, TIERS, VERDICTS

FAST = settings(deadline=None, max_examples=40, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                       HealthCheck.data_too_large])
SLOW = settings(FAST, max_examples=12)

IDS = ["MIT", "Apache-2.0", "GPL-2.0-only", "GPL-2.0+", "gpl-3.0", "BSD-3-Clause", "mit",
       "LicenseRef-Ours-1", "LicenseRef-scancode-llama-2-license-2023", "CC-BY-NC-4.0",
       "Classpath-exception-2.0", "LLVM-exception", "Nonsense-9", "llama3.1", "NOASSERTION"]


@st.composite
def expressions(draw, depth=0):
    """SPDX-like expressions: ids, WITH, AND/OR, parentheses, any case, and junk."""
    if depth > 2 or draw(st.booleans()):
        leaf = draw(st.sampled_from(IDS))
        if draw(st.integers(0, 5)) == 0:
            leaf += " WITH " + draw(st.sampled_from(IDS))
        return leaf
    op = draw(st.sampled_from(["AND", "OR", "and", "or", "With", "AND ("]))
    left, right = draw(expressions(depth + 1)), draw(expressions(depth + 1))
    text = f"{left} {op} {right}"
    return f"({text})" if draw(st.booleans()) else text


def _valid(r) -> None:
    assert r.tier in TIERS and r.kind in KINDS
    assert all(v.verdict in VERDICTS for v in r.restrictions.values())
    if r.tier == "unknown":
        assert all(v.verdict != "free" for v in r.restrictions.values())
    json.dumps(r.to_dict())


def _render_all(results) -> None:
    for r in results:
        format_text(r)
        render_badge(r, format="svg")
        render_badge(r, format="endpoint")
    for fmt in ("md", "html", "json"):
        render_report(results, fmt)
    plain_table(results)
    render_packages(results, "csv")
    render_packages(results, "md", summary=True)


@FAST
@given(st.text(max_size=400))
def test_arbitrary_text_never_escapes(text):
    r = classify_text(text)
    _valid(r)
    _render_all([r])


@FAST
@given(st.one_of(expressions(), st.text(max_size=120)))
def test_arbitrary_expressions_never_escape(expr):
    r = identify(expr)
    _valid(r)
    _render_all([r])
    tagged = classify_text(f"// SPDX-License-Identifier: {expr}\n// SPDX-License-Identifier: MIT\n")
    _valid(tagged)


@FAST
@given(st.binary(max_size=600))
def test_arbitrary_bytes_never_escape(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("bytes")
    for name in ("LICENSE", "README.md", "doc.spdx.json", "pyproject.toml", "METADATA"):
        (folder / name).write_bytes(data)
        results = classify_file_safely(folder / name, name)
        for r in results:
            _valid(r)
        _render_all(results)
    results = classify_path(folder)
    assert results[-1].kind == "folder"
    _render_all(results)


@SLOW
@given(st.integers(min_value=30, max_value=120), st.booleans(), st.booleans(),
       st.sampled_from(["mit", "apache-2.0", "bsd-new"]))
def test_same_result_under_rewrapping_crlf_and_trailing_spaces(width, crlf, trailing, key):
    text = reference_text(key)
    base = classify_text(text)
    paras = [" ".join(p.split()) for p in text.split("\n\n")]
    changed = "\n\n".join(textwrap.fill(p, width) for p in paras if p)
    if trailing:
        changed = "\n".join(line + "   " for line in changed.split("\n"))
    if crlf:
        changed = changed.replace("\n", "\r\n")
    r = classify_text(changed)
    assert (r.expression, r.tier) == (base.expression, base.tier)
    assert {d: v.verdict for d, v in r.restrictions.items()} == \
        {d: v.verdict for d, v in base.restrictions.items()}


def test_json_is_byte_identical_across_runs_and_hash_seeds(tmp_path):
    write(tmp_path / "LICENSE", reference_text("mit"))
    write(tmp_path / "third_party" / "x" / "COPYING", reference_text("gpl-3.0"))
    write(tmp_path / "vendor" / "y" / "LICENSE", reference_text("apache-2.0"))
    write(tmp_path / "package.json", '{"name": "p", "license": "MIT OR Apache-2.0"}')
    write(tmp_path / "src" / "a.c", "// SPDX-License-Identifier: MIT AND BSD-3-Clause\n")
    outs = []
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        proc = subprocess.run([sys.executable, "-m", "licenselens", "classify", "--json",
                               "--headers", str(tmp_path)], capture_output=True, env=env,
                              timeout=300, check=False)
        assert proc.returncode == 0, proc.stderr.decode()
        outs.append(proc.stdout)
    assert outs[0] == outs[1]
    again = [r.to_dict() for r in classify_path(tmp_path)]
    assert json.dumps(again) == json.dumps([r.to_dict() for r in classify_path(tmp_path)])


def test_classify_path_raises_only_typed_errors(tmp_path):
    with pytest.raises(LicenselensError):
        classify_path(tmp_path / "missing")
    with pytest.raises(LicenselensError):
        classify_path("")
