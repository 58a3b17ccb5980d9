"""Train the clause model with scikit-learn and export what inference needs.

    python tools/train_clauses.py [--out src/licenselens/data/clause_model.json] [--eval-only]

scikit-learn is a development dependency only: this script imports it; the
library never does.  Steps:

1. load the labelled clause set (``licenselens.judge.clauses.dataset``: own
   sentences plus reference clauses resolved against the installed texts);
2. measure on the clause-level held-out split (one clause in five, by a hash
   of its reference key or sentence): per-dimension accuracy of the rules
   alone, the model alone, and rules + model (the model fills the
   dimensions the rules leave unread, as in :mod:`...reading`);
3. fit one logistic regression per dimension on every labelled clause
   (classes ``none`` / ``free`` / ``conditional`` / ``restricted`` /
   ``prohibited``) over TF-IDF features from
   ``licenselens.judge.clauses.features.analyze``;
4. export vocabulary, idf, classes, coefficients and intercepts to JSON (no
   pickle), with the sha256 of the data files, and check that the exported
   model reproduces scikit-learn's probabilities.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from licenselens.judge.clauses import classifier, dataset
from licenselens.judge.clauses.features import analyze
from licenselens.judge.clauses.matching import clause_effects
from licenselens.results import DIMENSIONS

C_VALUE = 4.0
MIN_DF = 2
DIGITS = 5


def rule_reading(text: str) -> dict[str, str]:
    """What the rules read on one clause: the most severe verdict per dimension."""
    return clause_effects(text)


def fit(clauses: list[dataset.LabelledClause]) -> tuple[Any, dict[str, Any]]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(analyzer=analyze, sublinear_tf=True, min_df=MIN_DF)
    x = vec.fit_transform([c.text for c in clauses])
    models = {}
    for dim in DIMENSIONS:
        y = [c.label(dim) for c in clauses]
        m = LogisticRegression(C=C_VALUE, max_iter=5000)
        m.fit(x, y)
        models[dim] = m
    return vec, models


def export(vec: Any, models: dict[str, Any], threshold: float) -> dict:
    import sklearn

    vocab = sorted(vec.vocabulary_, key=vec.vocabulary_.get)
    return {
        "format": classifier.MODEL_FORMAT,
        "data_sha256": dataset.data_hash(),
        "trained_with": f"scikit-learn {sklearn.__version__}",
        "threshold": threshold,
        "vocabulary": vocab,
        "idf": [round(float(v), DIGITS) for v in vec.idf_],
        "dimensions": {
            dim: {
                "classes": [str(c) for c in m.classes_],
                "coef": [[round(float(v), DIGITS) for v in row] for row in m.coef_],
                "intercept": [round(float(v), DIGITS) for v in m.intercept_],
            }
            for dim, m in models.items()
        },
    }


def evaluate(train: list[dataset.LabelledClause], test: list[dataset.LabelledClause],
             threshold: float) -> None:
    vec, models = fit(train)
    cm = classifier.parse_model(export(vec, models, threshold))
    n = len(test)
    print(f"clause-level held-out: {n} clauses (trained on {len(train)})")
    print(f"{'dimension':<14}{'rules':>8}{'model':>8}{'rules+model':>13}")
    tot = [0, 0, 0]
    for dim in DIMENSIONS:
        r = m = rm = 0
        for c in test:
            want = c.label(dim)
            ruled = rule_reading(c.text).get(dim, "none")
            cls, p = cm.predict(c.text)[dim]
            model_says = cls if p >= threshold else "none"
            combined = ruled if ruled != "none" else model_says
            r += ruled == want
            m += model_says == want
            rm += combined == want
        tot = [tot[0] + r, tot[1] + m, tot[2] + rm]
        print(f"{dim:<14}{r / n:>8.3f}{m / n:>8.3f}{rm / n:>13.3f}")
    print(f"{'all':<14}{tot[0] / (4 * n):>8.3f}{tot[1] / (4 * n):>8.3f}{tot[2] / (4 * n):>13.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=classifier.MODEL_FILE)
    ap.add_argument("--threshold", type=float, default=classifier.CLASSIFIER_THRESHOLD)
    ap.add_argument("--eval-only", action="store_true")
    args = ap.parse_args(argv)

    clauses = dataset.load_all()
    _, missing = dataset.load_references()
    print(f"{len(clauses)} labelled clauses ({missing} references could not be resolved)")
    train = [c for c in clauses if not dataset.held_out(c)]
    test = [c for c in clauses if dataset.held_out(c)]
    evaluate(train, test, args.threshold)
    if args.eval_only:
        return 0
    vec, models = fit(clauses)
    data = export(vec, models, args.threshold)
    exported = classifier.parse_model(data)
    probe = [c.text for c in clauses[:200]]
    x = vec.transform(probe)
    for dim, m in models.items():
        sk = m.predict_proba(x)
        for i, text in enumerate(probe):
            ours = exported.dimensions[dim].proba(exported.vector(text))
            if max(abs(a - b) for a, b in zip(ours, sk[i], strict=True)) > 1e-3:
                print(f"export check failed on {dim}: {text!r}", file=sys.stderr)
                return 1
    args.out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n",
                        encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB, "
          f"{len(data['vocabulary'])} features)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
