"""Which models matter: the paper's selection score from hub statistics.

For each statistic (likes, downloads last month, number of child models) take
ln(x + 1), min-max normalise it over the table, and sum the three: the impact
score lies between 0 and 3.  A statistic equal for every row normalises to 0.

>>> rows = [Stats("a", 0, 0, 0), Stats("b", 99, 999, 9)]
>>> [(i.rank, i.model, round(i.score, 3)) for i in impact_scores(rows)]
[(1, 'b', 3.0), (2, 'a', 0.0)]
"""

from __future__ import annotations

import csv
import io
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from .errors import StatsError

#: the three statistics, in the paper's order
STATS = ("likes", "downloads", "children")
#: accepted column names (lower case, spaces and dashes read as underscores)
ALIASES = {
    "model": "model", "name": "model", "model_id": "model", "id": "model",
    "likes": "likes",
    "downloads": "downloads", "downloads_last_month": "downloads",
    "children": "children", "child_models": "children", "number_of_child_models": "children",
    "num_child_models": "children",
}
MAX_STATS_BYTES = 20_000_000


@dataclass(frozen=True)
class Stats:
    """One model's hub statistics."""

    model: str
    likes: float
    downloads: float
    children: float


@dataclass(frozen=True)
class Impact:
    """One model's impact score, its normalised parts and its rank."""

    rank: int
    model: str
    score: float
    parts: dict[str, float]
    stats: Stats

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {"rank": self.rank, "model": self.model, "impact": round(self.score, 6),
                "normalised": {k: round(v, 6) for k, v in self.parts.items()},
                "likes": self.stats.likes, "downloads": self.stats.downloads,
                "children": self.stats.children}


def _number(value: object, source: str, where: str) -> float:
    if isinstance(value, bool):
        raise StatsError(source, where, f"{value!r} is not a number")
    if isinstance(value, str):
        value = value.strip().replace(",", "").replace("_", "")
    try:
        x = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise StatsError(source, where, f"{value!r} is not a number") from None
    if math.isnan(x) or math.isinf(x) or x < 0:
        raise StatsError(source, where, f"{value!r}: a count must be a number >= 0")
    return x


def _normal_key(key: object) -> str:
    return str(key).strip().lower().replace(" ", "_").replace("-", "_")


def stats_from_records(records: list[dict], source: str = "<rows>") -> list[Stats]:
    """Validate rows (mappings with model, likes, downloads, children) into :class:`Stats`."""
    out: list[Stats] = []
    seen: set[str] = set()
    for i, rec in enumerate(records, start=1):
        where = f"row {i}"
        if not isinstance(rec, dict):
            raise StatsError(source, where, "must be a mapping of columns")
        row: dict[str, Any] = {}
        for key, value in rec.items():
            name = ALIASES.get(_normal_key(key))
            if name is not None:
                row[name] = value
        for col in ("model", *STATS):
            if row.get(col) in (None, ""):
                raise StatsError(source, where, f"missing {col!r} (columns: model, likes, "
                                 "downloads, children)")
        model = str(row["model"]).strip()
        if model in seen:
            raise StatsError(source, where, f"model {model!r} appears twice")
        seen.add(model)
        out.append(Stats(model, *(_number(row[c], source, f"{where}, {c}") for c in STATS)))
    if not out:
        raise StatsError(source, "", "no rows")
    return out


def read_stats(path: str | Path) -> list[Stats]:
    """Read a CSV (header row) or JSON (a list of objects) table of hub statistics."""
    p = Path(path)
    try:
        if p.stat().st_size > MAX_STATS_BYTES:
            raise StatsError(str(path), "", f"larger than {MAX_STATS_BYTES} bytes")
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise InputError(str(path), "no such file") from exc
    except UnicodeDecodeError as exc:
        raise StatsError(str(path), "", "not UTF-8 text") from exc
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from exc
    if p.suffix.lower() == ".json" or text.lstrip().startswith(("[", "{")):
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, RecursionError) as exc:
            raise StatsError(str(path), "", f"not valid JSON: {exc}") from exc
        if isinstance(data, dict) and isinstance(data.get("models"), list):
            data = data["models"]
        if not isinstance(data, list):
            raise StatsError(str(path), "", "JSON must be a list of objects (or "
                             "{\"models\": [...]})")
        return stats_from_records(data, str(path))
    try:
        records = list(csv.DictReader(io.StringIO(text)))
    except csv.Error as exc:
        raise StatsError(str(path), "", f"not valid CSV: {exc}") from exc
    return stats_from_records(records, str(path))


def _minmax(values: list[float]) -> list[float]:
    lo, hi = min(values), max(values)
    if hi == lo:
        return [0.0 for _ in values]
    return [(v - lo) / (hi - lo) for v in values]


def impact_scores(rows: list[Stats] | str | Path, top: int | None = None) -> list[Impact]:
    """Impact score per model, best first, with ranks (ties share one); ``top`` keeps the first N.

    ``rows`` is a list of :class:`Stats` or the path of a CSV/JSON table.
    """
    stats = read_stats(rows) if isinstance(rows, (str, Path)) else list(rows)
    if not stats:
        return []
    parts = {c: _minmax([math.log1p(getattr(s, c)) for s in stats]) for c in STATS}
    scored = [(sum(parts[c][i] for c in STATS), s, {c: parts[c][i] for c in STATS})
              for i, s in enumerate(stats)]
    scored.sort(key=lambda t: (-round(t[0], 9), t[1].model))
    out: list[Impact] = []
    for i, (total, s, p) in enumerate(scored):
        same = out and round(out[-1].score, 9) == round(total, 9)
        out.append(Impact(out[-1].rank if same else i + 1, s.model, total, p, s))
    return out[:top] if top is not None else out
