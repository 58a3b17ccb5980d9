"""The learned clause classifier: recall for wording the rules miss.

A TF-IDF (word + character n-grams) logistic-regression model trained on our
own labelled clauses (``data/clauses.yaml``).  It only speaks above
:data:`CLASSIFIER_THRESHOLD` and never on clauses that read as notices.
scikit-learn is imported only inside the functions that need it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
import threading
from pathlib import Path
from typing import Any

from ...knowledge.cache import cache_dir
from ...knowledge.paths import data_path
from .matching import Hit
from .rules import EFFECTS
from .segment import WS, Clause

#: bump when the feature pipeline changes (invalidates cached models)
MODEL_VERSION = "1"
#: the classifier speaks only above this probability for a non-neutral label
CLASSIFIER_THRESHOLD = 0.6

DATA_FILE = data_path("clauses.yaml")

_MODEL_LOCK = threading.Lock()
_MODEL: Any = None


def _cache_dir() -> Path:
    """The user cache (``$LICENSELENS_CACHE`` first), as for every other compiled data."""
    return cache_dir()


def _trusted(path: Path) -> bool:
    """True for a cached model this user wrote and nobody else may change (it is a pickle:
    loading it runs code, so a file others could have written is never loaded)."""
    try:
        st = os.stat(path)
    except OSError:
        return False
    mine = not hasattr(os, "getuid") or st.st_uid == os.getuid()
    return mine and not (st.st_mode & 0o022)


def load_training_data(path: Path = DATA_FILE) -> list[tuple[str, str]]:
    """The labelled clauses as ``(text, label)`` pairs (label in :data:`EFFECTS`)."""
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    pairs: list[tuple[str, str]] = []
    for label, items in (data.get("clauses") or {}).items():
        if label not in EFFECTS:
            raise ValueError(f"{path}: unknown clause label {label!r}")
        for item in items or []:
            pairs.append((WS.sub(" ", str(item)).strip().lower(), label))
    return pairs


def _fit(pairs: list[tuple[str, str]]) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    features = FeatureUnion(
        [
            (
                "word",
                TfidfVectorizer(
                    ngram_range=(1, 2),
                    sublinear_tf=True,
                    min_df=1,
                    token_pattern=r"(?u)\b\w[\w-]*\b",
                ),
            ),
            (
                "char",
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=2
                ),
            ),
        ]
    )
    model = Pipeline(
        [
            ("features", features),
            ("clf", LogisticRegression(C=8.0, max_iter=3000, random_state=0)),
        ]
    )
    texts = [t for t, _ in pairs]
    labels = [lab for _, lab in pairs]
    model.fit(texts, labels)
    return model


def _model_key(data: bytes) -> str:
    import sklearn

    h = hashlib.sha256()
    h.update(data)
    h.update(sklearn.__version__.encode())
    h.update(MODEL_VERSION.encode())
    return h.hexdigest()[:24]


def get_model() -> Any:
    """The fitted clause classifier: memory, then disk cache, else train (and cache)."""
    global _MODEL
    with _MODEL_LOCK:
        if _MODEL is not None:
            return _MODEL
        raw = DATA_FILE.read_bytes()
        key = _model_key(raw)
        cache_file = _cache_dir() / f"clauses-{key}.pkl"
        try:
            if _trusted(cache_file):
                with open(cache_file, "rb") as fh:
                    model = pickle.load(fh)
                _MODEL = model
                return model
        except Exception:  # noqa: BLE001 - missing/corrupt cache: retrain
            pass
        model = _fit(load_training_data())
        try:
            cache_file.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=cache_file.parent, prefix=".clauses-", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as fh:
                    pickle.dump(model, fh, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, cache_file)
            except BaseException:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
                raise
        except OSError:
            pass  # unwritable cache: keep the model in memory only
        _MODEL = model
        return model


def model_hits(clauses: list[Clause], model: Any) -> list[Hit]:
    if not clauses:
        return []
    probs = model.predict_proba([c.text for c in clauses])
    classes = list(model.classes_)
    neutral = classes.index("neutral") if "neutral" in classes else -1
    hits: list[Hit] = []
    for clause, row in zip(clauses, probs, strict=True):
        best = int(row.argmax())
        if best == neutral:
            continue
        p = float(row[best])
        if p < CLASSIFIER_THRESHOLD:
            continue
        label = classes[best]
        hits.append(Hit(label, clause, f"reads as {label} (classifier, p={p:.2f})", "model", p))
    return hits


# --------------------------------------------------------------------------
# license-likeness and junk
