"""The learned clause model: per dimension, what a clause says about it.

Not used by default (see ``reading.USE_MODEL``): measured on held-out data it
did not earn its place.  It is kept so that a larger labelled set can be
re-measured with ``tools/train_clauses.py`` and ``benchmarks/clauses.py --model``.

Trained by ``tools/train_clauses.py`` (scikit-learn, a development tool) on
the labelled clause set, and exported to ``data/clause_model.json``: the
vocabulary, idf weights and, per dimension, the logistic-regression classes,
coefficients and intercepts.  Inference here is plain Python (TF-IDF with
sublinear tf and L2 norm, then a softmax), so classifying never imports
scikit-learn and nothing is pickled.  The model speaks only above
:data:`CLASSIFIER_THRESHOLD`, and only on clauses the rules did not read.
"""

from __future__ import annotations

import json
import math
import threading
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...errors import KnowledgeBaseError
from ...knowledge.paths import data_path
from ...results import DIMENSIONS, VERDICTS
from .features import analyze
from .matching import Hit
from .segment import Clause

#: the export format this module reads
MODEL_FORMAT = 1
#: the model speaks only above this probability for a verdict
CLASSIFIER_THRESHOLD = 0.6
MODEL_FILE = data_path("clause_model.json")

_LOCK = threading.Lock()
_MODEL: ClauseModel | None = None


@dataclass
class DimensionModel:
    classes: list[str]  # "none" or a verdict
    coef: list[list[float]]  # one row per class (one row in all for two classes)
    intercept: list[float]

    def proba(self, vec: dict[int, float]) -> list[float]:
        scores = [b + sum(row[k] * x for k, x in vec.items())
                  for row, b in zip(self.coef, self.intercept, strict=True)]
        if len(self.classes) == 2:  # binary logistic regression: one row
            p = 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, scores[0]))))
            return [1.0 - p, p]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]


@dataclass
class ClauseModel:
    vocabulary: dict[str, int]
    idf: list[float]
    dimensions: dict[str, DimensionModel]
    data_sha256: str = ""
    threshold: float = CLASSIFIER_THRESHOLD

    def vector(self, text: str) -> dict[int, float]:
        """The L2-normalised sublinear TF-IDF vector of a clause (sparse)."""
        counts = Counter(f for f in analyze(text) if f in self.vocabulary)
        vec = {self.vocabulary[f]: (1.0 + math.log(n)) * self.idf[self.vocabulary[f]]
               for f, n in counts.items()}
        norm = math.sqrt(sum(x * x for x in vec.values()))
        return {k: x / norm for k, x in vec.items()} if norm else {}

    def predict(self, text: str) -> dict[str, tuple[str, float]]:
        """Per dimension, the most probable class and its probability."""
        vec = self.vector(text)
        out: dict[str, tuple[str, float]] = {}
        for dim, m in self.dimensions.items():
            probs = m.proba(vec)
            best = max(range(len(probs)), key=probs.__getitem__)
            out[dim] = (m.classes[best], probs[best])
        return out


def parse_model(data: Any) -> ClauseModel:
    """Validate an exported model (parsed JSON); raise KnowledgeBaseError when malformed."""
    try:
        if data.get("format") != MODEL_FORMAT:
            raise ValueError(f"format {data.get('format')!r}, expected {MODEL_FORMAT}")
        vocab = [str(w) for w in data["vocabulary"]]
        idf = [float(x) for x in data["idf"]]
        if len(vocab) != len(idf):
            raise ValueError("vocabulary and idf differ in length")
        dims: dict[str, DimensionModel] = {}
        for dim, d in data["dimensions"].items():
            classes = [str(c) for c in d["classes"]]
            coef = [[float(x) for x in row] for row in d["coef"]]
            intercept = [float(x) for x in d["intercept"]]
            if dim not in DIMENSIONS or not set(classes) <= {"none", *VERDICTS}:
                raise ValueError(f"bad dimension {dim!r} or classes {classes}")
            rows = 1 if len(classes) == 2 else len(classes)
            if len(coef) != rows or len(intercept) != rows or any(len(r) != len(vocab) for r in coef):
                raise ValueError(f"{dim}: coefficient shape does not match")
            dims[dim] = DimensionModel(classes, coef, intercept)
        return ClauseModel({w: i for i, w in enumerate(vocab)}, idf, dims,
                           str(data.get("data_sha256", "")),
                           float(data.get("threshold", CLASSIFIER_THRESHOLD)))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise KnowledgeBaseError(f"clause model: malformed export ({exc})") from exc


def load_model(path: Path = MODEL_FILE) -> ClauseModel:
    """Read an exported model file; KnowledgeBaseError when missing or malformed."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KnowledgeBaseError(f"clause model {path.name}: cannot read ({exc})") from exc
    return parse_model(data)


def get_model() -> ClauseModel:
    """The shipped clause model, loaded once per process."""
    global _MODEL
    with _LOCK:
        if _MODEL is None:
            _MODEL = load_model(MODEL_FILE)
        return _MODEL


def use_model(model: ClauseModel | None) -> None:
    """Make ``model`` the one :func:`get_model` returns (``None``: the shipped file again).

    For measuring a freshly trained export without installing it
    (``benchmarks/clauses.py --model-file``).
    """
    global _MODEL
    with _LOCK:
        _MODEL = model


def model_hits(clauses: list[Clause], model: ClauseModel | None = None) -> list[Hit]:
    """Hits for what the model reads in each clause, above its threshold."""
    if not clauses:
        return []
    m = model or get_model()
    hits: list[Hit] = []
    for clause in clauses:
        for dim, (cls, p) in m.predict(clause.text).items():
            if cls != "none" and p >= m.threshold:
                hits.append(Hit(f"{dim}:{cls}", clause,
                                f"reads as {cls} on {dim} (clause model, p={p:.2f})", "model", p))
    return hits
