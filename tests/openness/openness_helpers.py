"""Helpers for the openness tests: hand-made profiles (imported by the test modules)."""

from __future__ import annotations

#: every component of the framework except basics.license (rated by licenselens)
COMPONENTS = {
    "basics": ["weights", "code", "paper", "architecture", "tokenizer"],
    "access": ["hardware", "software", "api"],
    "training": ["pretraining", "finetuning", "rl"],
    "data": ["pretraining", "finetuning", "rl", "filtering"],
}


def profile_data(model: str = "Hand-made", license_id: str | None = "MIT",
                 ratings: dict[str, str] | None = None, default: str = "open") -> dict:
    """A valid profile mapping; ``ratings`` maps ``area.component`` to a rating word."""
    ratings = ratings or {}
    comps = {area: {c: {"rating": ratings.get(f"{area}.{c}", default),
                        "note": f"test rating of {area}.{c}"} for c in names}
             for area, names in COMPONENTS.items()}
    data = {"model": model, "organisation": "Test Lab", "country": "Nowhere",
            "components": comps}
    data["license"] = {"none": True} if license_id is None else {"id": license_id}
    return data
