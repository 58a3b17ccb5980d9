"""Tests of licenselens.judge.clauses: reading verdicts from an unrecognised text.

Every license text below was invented for these tests (the licensors, models
and terms do not exist).  Nothing here depends on /work/shared.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from licenselens.errors import KnowledgeBaseError
from licenselens.judge import clauses as C
from licenselens.judge.clauses import classifier as CM
from licenselens.judge.clauses import read_clauses, segment
from licenselens.results import DIMENSIONS

SRC = Path(__file__).resolve().parents[2] / "src"


def _tier(reading: C.ClauseReading) -> str:
    r = sum(
        1 for d in DIMENSIONS if reading.restrictions[d].verdict in ("restricted", "prohibited")
    )
    return "open" if r == 0 else "semi-open" if r <= 2 else "closed"


def _verdicts(reading: C.ClauseReading) -> dict[str, str]:
    return {d: reading.restrictions[d].verdict for d in DIMENSIONS}


def _evidence_contains(text: str, reading: C.ClauseReading, dim: str, cue: str) -> bool:
    for ev in reading.restrictions[dim].evidence:
        assert ev.source == "text"
        assert 0 <= ev.start < ev.end <= len(text)
        if cue.lower() in text[ev.start : ev.end].lower():
            return True
    return False


# ---------------------------------------------------------------- invented licenses

ZEPHYRINE = """ZEPHYRINE MODEL LICENSE\r
Version 1.0 - released 3 February 2025\r
\r
1. Definitions\r
   a. "Zephyrine" means the language models, weights and code published by Northwind Labs.\r
   b. "You" means the person or company accepting this license.\r
\r
2. Grant of Rights\r
Northwind Labs grants you a worldwide, non-exclusive, royalty-free license to use, reproduce,\r
modify and distribute Zephyrine and to create derivative models from it.\r
\r
3. Conditions\r
   - If you share Zephyrine or a derivative model, you must give every recipient a copy of this license.\r
   - Any derivative model you publish must have a name that begins with "Zephyrine".\r
   - Your use of Zephyrine must adhere to the Zephyrine Acceptable Use Policy published on our website.\r
\r
4. Large Deployments\r
If the products or services you offer had more than 50 million monthly active users in the previous\r
month, you must request a separate license from Northwind Labs before using Zephyrine in them.\r
\r
5. Warranty\r
ZEPHYRINE IS PROVIDED "AS IS" WITHOUT WARRANTY OF ANY KIND.\r
"""

QUILLFEATHER = """# Quillfeather Research License

**Quillfeather Institute** makes the Quillfeather-7B checkpoints available to the research community.

## 1. License

The Institute grants you a non-exclusive, non-transferable license to use, modify and share the
checkpoints solely for non-commercial research purposes.

## 2. Limits

* You may not use the checkpoints in any commercial product or service.
* Any copy you share must go only to other researchers and must carry this license.

## 3. No warranty

The checkpoints are provided as is; the Institute is not liable for any damages.
"""

BRIGHTWATER = """Brightwater Open Weights License

Permission is hereby granted to anyone who obtains these weights to use, copy, modify, merge,
publish and distribute them, for any purpose, with or without fee.

You must keep this notice in all copies or substantial portions of the weights.

THE WEIGHTS ARE PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND. IN NO EVENT SHALL THE AUTHORS BE
LIABLE FOR ANY CLAIM ARISING FROM THE USE OF THE WEIGHTS.
"""

MOSSGROVE_NC = """Mossgrove Dataset Terms

The Mossgrove project grants you a worldwide, royalty-free license to copy, adapt and share the
dataset for non-commercial purposes only. You must credit the Mossgrove project and link to these
terms. The dataset is provided without warranty.
"""

HEARTHSTONE_SA = """Hearthstone Public Model License

The authors grant you a perpetual, worldwide license to use, study, modify and distribute the model
for any purpose. If you distribute a modified version, you must license the whole of it under this
same license and give recipients the corresponding source. The model comes with no warranty.
"""

PROPRIETARY = """Copyright (c) 2024 Acme Widgets Ltd.
All rights reserved.

This source code is confidential and proprietary to Acme Widgets Ltd. Unauthorized copying of
this file, via any medium, is strictly prohibited.
"""

README = """# fastgrid

A small library for drawing grids in the terminal.

## Installation

    pip install fastgrid

## Usage

Import the package, create a Grid with a width and height, and call render().
Rows and columns can be styled with colours. See the examples folder for more.

## Contributing

Pull requests are welcome. Please run the test suite before sending changes.
"""


def test_zephyrine_model_license():
    r = read_clauses(ZEPHYRINE)
    assert r.license_like
    assert _verdicts(r) == {
        "use": "restricted",
        "modify": "conditional",
        "redistribute": "conditional",
        "commercial": "restricted",
    }
    assert _tier(r) == "semi-open"
    assert _evidence_contains(ZEPHYRINE, r, "commercial", "50 million monthly active users")
    assert _evidence_contains(ZEPHYRINE, r, "use", "Acceptable Use Policy")
    assert _evidence_contains(ZEPHYRINE, r, "modify", 'begins with "Zephyrine"')
    assert 0.0 < r.confidence <= 1.0
    # evidence spans point at one clause, not the whole text
    for d in DIMENSIONS:
        for ev in r.restrictions[d].evidence:
            assert ev.end - ev.start < 400
            assert ev.reason


def test_research_only_license_is_closed():
    r = read_clauses(QUILLFEATHER)
    v = _verdicts(r)
    assert v["use"] == "restricted"
    assert v["commercial"] == "prohibited"
    assert v["modify"] == "restricted"
    assert v["redistribute"] in ("restricted", "prohibited")
    assert _tier(r) == "closed"
    assert _evidence_contains(QUILLFEATHER, r, "use", "solely for non-commercial research")


def test_permissive_license_is_open():
    r = read_clauses(BRIGHTWATER)
    assert r.license_like
    assert set(_verdicts(r).values()) == {"free"}
    assert _tier(r) == "open"


def test_non_commercial_counts_once():
    r = read_clauses(MOSSGROVE_NC)
    v = _verdicts(r)
    assert v["commercial"] == "prohibited"
    assert v["use"] == "free"
    assert v["modify"] == "free"
    assert _tier(r) == "semi-open"
    assert _evidence_contains(MOSSGROVE_NC, r, "commercial", "non-commercial purposes only")


def test_share_alike_is_conditional_and_open():
    r = read_clauses(HEARTHSTONE_SA)
    v = _verdicts(r)
    assert v["modify"] == "conditional"
    assert v["redistribute"] == "conditional"
    assert v["use"] == "free" and v["commercial"] == "free"
    assert _tier(r) == "open"
    assert _evidence_contains(HEARTHSTONE_SA, r, "redistribute", "same license")


def test_proprietary_notice_prohibits_everything():
    r = read_clauses(PROPRIETARY)
    assert r.license_like
    assert set(_verdicts(r).values()) == {"prohibited"}
    assert _tier(r) == "closed"
    assert _evidence_contains(PROPRIETARY, r, "use", "All rights reserved")


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize("text", ["", "   \n\r\n\t  "])
def test_empty_text(text):
    r = read_clauses(text)
    assert not r.license_like
    assert r.warnings
    assert set(r.restrictions) == set(DIMENSIONS)


def test_binary_junk():
    junk = bytes(range(256)).decode("latin-1") * 200
    r = read_clauses(junk)
    assert not r.license_like
    assert any("binary" in w for w in r.warnings)


def test_readme_is_not_license_like():
    r = read_clauses(README)
    assert not r.license_like
    assert r.confidence == 0.0


def test_huge_text_returns():
    big = (BRIGHTWATER + "\n") * (5_000_000 // len(BRIGHTWATER) + 1)
    assert len(big) >= 5_000_000
    r = read_clauses(big)
    assert r.license_like
    assert any("only the first" in w for w in r.warnings)
    assert _tier(r) == "open"


def test_one_megabyte_line_returns():
    line = "You may use this work for any purpose and keep the notice " * 20_000
    r = read_clauses("Example License\n" + line[:1_000_000])
    assert isinstance(r, C.ClauseReading)
    line2 = "x" * 1_000_000  # no spaces at all
    r2 = read_clauses(line2)
    assert not r2.license_like


def test_non_string_input():
    r = read_clauses(b"bytes are not text")  # type: ignore[arg-type]
    assert not r.license_like


# ---------------------------------------------------------------- segmentation


def test_segment_offsets_and_markers():
    text = (
        "Title\r\n\r\n1. First clause here. Second sentence.\r\n   a. A sub item\r\n- bullet one\n"
    )
    cl = segment(text)
    pieces = [text[c.start : c.end] for c in cl]
    assert "Title" in pieces
    assert any(p.startswith("1. First clause here.") for p in pieces)
    assert "Second sentence." in pieces
    assert any(p.startswith("a. A sub item") for p in pieces)
    assert any(p.startswith("- bullet one") for p in pieces)
    for c in cl:
        assert "\r" not in text[c.start : c.end].strip()


def test_segment_cuts_long_clauses():
    text = "word " * 10_000
    cl = segment(text)
    assert len(cl) > 10
    assert all(c.end - c.start <= C.MAX_CLAUSE for c in cl)


def test_deterministic():
    a = read_clauses(ZEPHYRINE)
    b = read_clauses(ZEPHYRINE)
    assert a == b


# ---------------------------------------------------------------- labelled set and exported model


def test_training_data_is_valid():
    from licenselens.judge.clauses import dataset

    own = dataset.load_own()
    assert len(own) >= 600
    texts = [c.text for c in own]
    assert len(texts) == len(set(texts)), "duplicate training clauses"
    labels = {(d, c.label(d)) for c in own for d in DIMENSIONS}
    for verdict in ("free", "conditional", "restricted", "prohibited"):
        assert any(v == verdict for _, v in labels)
    assert all(c.label(d) in dataset.CLASSES for c in own for d in DIMENSIONS)


def test_reference_clauses_are_references_only():
    """clause_refs.yaml holds keys, spans, hashes and labels: no license text."""
    import yaml

    from licenselens.judge.clauses import corpus, dataset

    data = yaml.safe_load(dataset.REFS_FILE.read_text(encoding="utf-8"))
    rows = data["references"]
    assert len(rows) >= 800
    for r in rows[:50]:
        assert set(r) <= {"key", "start", "end", "hash", *DIMENSIONS}
        assert corpus.split_of(r["key"]) == "dev"
    assert all(corpus.split_of(r["key"]) == "dev" for r in rows)


def test_labelled_set_reaches_its_size_when_reference_texts_are_installed():
    from licenselens.judge.clauses import corpus, dataset

    if corpus.reference_text("mit") is None:
        pytest.skip("reference texts (licensedcode-data) not installed")
    refs, missing = dataset.load_references()
    assert missing <= len(refs) // 20
    assert len(dataset.load_all()) >= 1500


def test_trained_export_records_the_data_and_is_applied_when_asked(tmp_path, monkeypatch):
    """tools/train_clauses.py's export, on a small fit, loads and is used by read_clauses."""
    pytest.importorskip("sklearn")
    sys.path.insert(0, str(SRC.parent / "tools"))
    try:
        import train_clauses
    finally:
        sys.path.pop(0)
    from licenselens.judge.clauses import dataset

    own = dataset.load_own()
    vec, models = train_clauses.fit(own)
    data = train_clauses.export(vec, models, 0.6)
    assert data["data_sha256"] == dataset.data_hash()
    path = tmp_path / "clause_model.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(CM, "MODEL_FILE", path)
    monkeypatch.setattr(CM, "_MODEL", None)
    m = CM.get_model()
    assert m.predict("you may not use the weights for any commercial purpose")[
        "commercial"][0] == "prohibited"
    r = read_clauses(ZEPHYRINE, model=True)
    assert not any("unavailable" in w for w in r.warnings)
    assert _tier(r) == "semi-open"
    monkeypatch.setattr(CM, "_MODEL", None)


def test_exported_model_matches_scikit_learn():
    """The plain-Python inference reproduces scikit-learn on a model fitted here."""
    pytest.importorskip("sklearn")
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from licenselens.judge.clauses.features import analyze

    texts = ["you may use the model", "you may not sell the model", "provided as is",
             "you may not modify the model", "use for research only", "you may sell copies",
             "you may not use the model for research", "copies must keep this notice"]
    labels = ["free", "restricted", "none", "none", "restricted", "free", "restricted", "none"]
    vec = TfidfVectorizer(analyzer=analyze, sublinear_tf=True, min_df=1)
    x = vec.fit_transform(texts)
    for ys in (labels, [lab if lab != "none" else "free" for lab in labels]):  # 3 and 2 classes
        clf = LogisticRegression(C=4.0, max_iter=2000).fit(x, ys)
        data = {
            "format": CM.MODEL_FORMAT,
            "vocabulary": sorted(vec.vocabulary_, key=vec.vocabulary_.get),
            "idf": list(vec.idf_),
            "dimensions": {"use": {"classes": list(clf.classes_), "coef": clf.coef_.tolist(),
                                   "intercept": clf.intercept_.tolist()}},
        }
        m = CM.parse_model(data)
        for t, row in zip(texts, clf.predict_proba(x), strict=True):
            ours = m.dimensions["use"].proba(m.vector(t))
            assert max(abs(a - b) for a, b in zip(ours, row, strict=True)) < 1e-9


@pytest.mark.parametrize("content", [None, "{not json", '{"format": 1, "vocabulary": ["a"]}',
                                     '{"format": 99, "vocabulary": [], "idf": [], "dimensions": {}}'])
def test_missing_or_corrupt_model_degrades_to_rules(tmp_path, monkeypatch, content):
    path = tmp_path / "clause_model.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    monkeypatch.setattr(CM, "MODEL_FILE", path)
    monkeypatch.setattr(CM, "_MODEL", None)
    with pytest.raises(KnowledgeBaseError):
        CM.load_model(path)
    r = read_clauses(ZEPHYRINE, model=True)
    assert _tier(r) == "semi-open"
    assert any("clause model unavailable" in w for w in r.warnings)
    monkeypatch.setattr(CM, "_MODEL", None)


def test_rules_only_by_default():
    r = read_clauses(ZEPHYRINE)
    assert r == read_clauses(ZEPHYRINE, model=False)
    assert not any("unavailable" in w for w in r.warnings)


def test_classifying_an_unmatched_text_never_imports_sklearn():
    code = (
        "import sys, licenselens\n"
        "r = licenselens.classify_text(" + repr(ZEPHYRINE) + ")\n"
        "assert r.matched_by == 'clauses', r.matched_by\n"
        "sys.exit(1 if any(m == 'sklearn' or m.startswith('sklearn.') for m in sys.modules) else 0)"
    )
    env = dict(os.environ, PYTHONPATH=str(SRC))
    assert subprocess.run([sys.executable, "-c", code], env=env).returncode == 0


def test_no_pickle_in_the_clause_package():
    pkg = SRC / "licenselens" / "judge" / "clauses"
    for f in pkg.glob("*.py"):
        assert "import pickle" not in f.read_text(encoding="utf-8"), f.name


def test_a_freedom_freed_by_an_unlimited_grant_quotes_the_grant():
    text = ("Copyright 2024 Wrenfold Labs.\n\n"
            "Permission is granted to anyone to use this program for any purpose.\n\n"
            "The program is provided as is, without warranty.\n")
    r = read_clauses(text)
    for dim in ("modify", "redistribute", "commercial"):
        v = r.restrictions[dim]
        assert v.verdict == "free"
        assert [text[e.start:e.end] for e in v.evidence] == [
            "Permission is granted to anyone to use this program for any purpose."]


def test_a_sentence_is_quoted_before_a_heading_that_says_the_same():
    text = ("Wrenfold Weights Terms\n\n"
            "1. Grant. Wrenfold grants you a licence to use, copy, modify and share the weights.\n\n"
            "2. Use policy.\n\n"
            "You must follow the Wrenfold use policy published at https://wrenfold.example/policy.\n")
    r = read_clauses(text)
    assert r.restrictions["use"].verdict == "restricted"
    first = r.restrictions["use"].evidence[0]
    assert text[first.start:first.end].startswith("You must follow")
