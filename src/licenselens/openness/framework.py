"""The openness framework: four areas, sixteen components, three ratings, seven schemes.

Facts from Jeon, Han and Lee, "Evaluating the Openness of Impactful AI Models
with a Focus on LLMs" (2025): each component is rated open (1), semi-open
(0.5), closed (0) or not applicable (left out); an area's score is the mean of
its rated components; the total is the weighted sum of the four area scores
under a weighting scheme (the paper's Table 7, coverage full = 1,
partial = 0.5, none = 0 per area).

>>> [a.key for a in AREAS]
['basics', 'access', 'training', 'data']
>>> sum(len(a.components) for a in AREAS)
16
>>> SCHEMES["osaid"].weights
(1.0, 0.5, 0.0, 1.0)
>>> SCHEMES["osd"].maximum
1.0
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Area:
    """One of the four areas, with its components in the paper's order."""

    key: str
    label: str
    components: tuple[str, ...]


#: the areas in the paper's order (model basics, access, training, data)
AREAS: tuple[Area, ...] = (
    Area("basics", "Model basics",
         ("weights", "code", "license", "paper", "architecture", "tokenizer")),
    Area("access", "Access and reproducibility", ("hardware", "software", "api")),
    Area("training", "Training methodology", ("pretraining", "finetuning", "rl")),
    Area("data", "Data", ("pretraining", "finetuning", "rl", "filtering")),
)

AREA_KEYS: tuple[str, ...] = tuple(a.key for a in AREAS)

#: how a component key reads in a table or chart
COMPONENT_LABELS: dict[str, str] = {
    "weights": "weights", "code": "code", "license": "license", "paper": "paper",
    "architecture": "architecture", "tokenizer": "tokenizer", "hardware": "hardware",
    "software": "software", "api": "API", "pretraining": "pre-training",
    "finetuning": "fine-tuning", "rl": "reinforcement learning (incl. DPO)",
    "filtering": "data filtering",
}

#: rating word -> value; ``None`` is "not applicable" (left out of the area mean)
RATINGS: dict[str, float | None] = {"open": 1.0, "semi-open": 0.5, "closed": 0.0, "n/a": None}

#: license tier (rubric.md §2) -> rating word; ``unknown`` has none: the component stays unrated
TIER_RATINGS: dict[str, str] = {"open": "open", "semi-open": "semi-open", "closed": "closed"}


@dataclass(frozen=True)
class Scheme:
    """A weighting of the four areas (model basics, access, training, data)."""

    key: str
    label: str
    weights: tuple[float, float, float, float]

    @property
    def maximum(self) -> float:
        """The highest total a model can reach under this scheme."""
        return float(sum(self.weights))

    def weight(self, area: str) -> float:
        """The weight of one area (by key)."""
        return self.weights[AREA_KEYS.index(area)]


#: the seven schemes of the paper's Table 7, keyed by the name the CLI takes
SCHEMES: dict[str, Scheme] = {s.key: s for s in (
    Scheme("ours", "Ours (Jeon et al.)", (1.0, 1.0, 1.0, 1.0)),
    Scheme("osd", "OSD", (0.5, 0.5, 0.0, 0.0)),
    Scheme("osaid", "OSAID", (1.0, 0.5, 0.0, 1.0)),
    Scheme("liesenfeld", "Liesenfeld et al.", (1.0, 0.5, 0.0, 1.0)),
    Scheme("liu", "Liu et al.", (0.5, 0.0, 0.5, 1.0)),
    Scheme("eiras", "Eiras et al.", (0.5, 0.0, 0.0, 1.0)),
    Scheme("mof", "White et al. / MOF", (1.0, 0.5, 0.0, 1.0)),
)}


def area(key: str) -> Area:
    """The area with this key (``KeyError`` for an unknown key)."""
    for a in AREAS:
        if a.key == key:
            return a
    raise KeyError(key)


#: bar colour by share of the scheme's maximum (at least the key)
PALETTE = ((0.75, "#2e7d32"), (0.5, "#7cb342"), (0.25, "#f9a825"), (0.0, "#c62828"))


def colour(share: float) -> str:
    """The bar colour for a total that is ``share`` of the maximum."""
    for low, c in PALETTE:
        if share >= low:
            return c
    return PALETTE[-1][1]
