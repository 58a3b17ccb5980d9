"""Policies: how verdicts become tiers.

The default policy is exactly the rubric's table (R = number of dimensions
whose verdict is restricted or prohibited; R = 0 open, 1-2 semi-open, 3+
closed).  A YAML file can change it::

    # policy.yaml
    restrictive: [restricted, prohibited]   # verdicts that count towards R
    max_restricted:                         # thresholds on R
      open: 0
      semi-open: 2                          # above this: closed
    closed_when:                            # any such verdict makes the tier closed
      commercial: [prohibited]              # "non-commercial counts as closed"
    licenses:                               # fixed tiers for given ids
      LicenseRef-scancode-llama-2-license-2023: closed

>>> p = Policy.from_mapping({"closed_when": {"commercial": ["prohibited"]}})
>>> p.tier({"use": "free", "modify": "free", "redistribute": "conditional", "commercial": "prohibited"})
'closed'
>>> DEFAULT_POLICY.tier({"use": "free", "modify": "free", "redistribute": "conditional", "commercial": "prohibited"})
'semi-open'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import PolicyError
from ..results import DIMENSIONS, TIERS, VERDICTS

_KNOWN_KEYS = {"restrictive", "max_restricted", "closed_when", "semi_open_when", "licenses",
               "allow", "deny",  # read by `licenselens check` (judge.gate)
               "name", "description"}
MAX_POLICY_BYTES = 1_000_000


@dataclass(frozen=True)
class Policy:
    """Thresholds and rules that turn four verdicts into a tier."""

    restrictive: frozenset[str] = frozenset({"restricted", "prohibited"})
    max_open: int = 0
    max_semi_open: int = 2
    closed_when: dict[str, frozenset[str]] = field(default_factory=dict)
    semi_open_when: dict[str, frozenset[str]] = field(default_factory=dict)
    licenses: dict[str, str] = field(default_factory=dict)
    name: str = "default"

    def __hash__(self) -> int:
        return hash((self.restrictive, self.max_open, self.max_semi_open, self.name,
                     tuple(sorted(self.licenses.items()))))

    def restricted_count(self, verdicts: dict[str, str]) -> int:
        return sum(1 for d in DIMENSIONS if verdicts.get(d) in self.restrictive)

    def tier(self, verdicts: dict[str, str], license_ids: list[str] | None = None) -> str:
        """The tier of four verdicts (``{dimension: verdict}``) under this policy.

        A dimension whose verdict is ``unknown`` could be anything: a tier is
        given only when it is the same whatever the unknown verdicts are, else
        the tier is ``unknown`` (rubric §2).

        >>> DEFAULT_POLICY.tier({"use": "unknown", "modify": "free", "redistribute": "free",
        ...                      "commercial": "free"})
        'unknown'
        >>> DEFAULT_POLICY.tier({"use": "restricted", "modify": "unknown",
        ...                      "redistribute": "prohibited", "commercial": "prohibited"})
        'closed'
        """
        for lid in license_ids or []:
            if lid in self.licenses:
                return self.licenses[lid]
        if "unknown" not in verdicts.values():
            return self._tier(verdicts)
        best = self._tier({d: "free" if v == "unknown" else v for d, v in verdicts.items()})
        worst = self._tier({d: "prohibited" if v == "unknown" else v for d, v in verdicts.items()})
        return best if best == worst else "unknown"

    def _tier(self, verdicts: dict[str, str]) -> str:
        for dim, bad in self.closed_when.items():
            if verdicts.get(dim) in bad:
                return "closed"
        r = self.restricted_count(verdicts)
        if r <= self.max_open:
            for dim, bad in self.semi_open_when.items():
                if verdicts.get(dim) in bad:
                    return "semi-open"
            return "open"
        if r <= self.max_semi_open:
            return "semi-open"
        return "closed"

    @classmethod
    def from_mapping(cls, data: Any, source: str = "policy") -> Policy:
        """Build a policy from parsed YAML, validating every value."""
        if data is None:
            data = {}
        if not isinstance(data, dict):
            raise PolicyError(f"{source}: a policy must be a mapping")
        unknown = set(data) - _KNOWN_KEYS
        if unknown:
            raise PolicyError(f"{source}: unknown policy keys: {', '.join(sorted(map(str, unknown)))}")
        restrictive = data.get("restrictive", ["restricted", "prohibited"])
        if not isinstance(restrictive, list) or not all(v in VERDICTS for v in restrictive):
            raise PolicyError(f"{source}: 'restrictive' must be a list of verdicts {VERDICTS}")
        thresholds = data.get("max_restricted", {}) or {}
        if not isinstance(thresholds, dict):
            raise PolicyError(f"{source}: 'max_restricted' must map open/semi-open to numbers")
        max_open = thresholds.get("open", 0)
        max_semi = thresholds.get("semi-open", 2)
        for label, value in (("open", max_open), ("semi-open", max_semi)):
            if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 4:
                raise PolicyError(f"{source}: max_restricted.{label} must be a whole number 0..4")
        if max_semi < max_open:
            raise PolicyError(f"{source}: max_restricted.semi-open is below max_restricted.open")

        def rules(key: str) -> dict[str, frozenset[str]]:
            raw = data.get(key, {}) or {}
            if not isinstance(raw, dict):
                raise PolicyError(f"{source}: '{key}' must map dimensions to verdict lists")
            out: dict[str, frozenset[str]] = {}
            for dim, verdicts in raw.items():
                if dim not in DIMENSIONS:
                    raise PolicyError(f"{source}: {key}: unknown dimension {dim!r}")
                if isinstance(verdicts, str):
                    verdicts = [verdicts]
                if not isinstance(verdicts, list) or not all(v in VERDICTS for v in verdicts):
                    raise PolicyError(f"{source}: {key}.{dim} must list verdicts {VERDICTS}")
                out[dim] = frozenset(verdicts)
            return out

        licenses = data.get("licenses", {}) or {}
        if not isinstance(licenses, dict) or not all(
            isinstance(k, str) and v in TIERS for k, v in licenses.items()
        ):
            raise PolicyError(f"{source}: 'licenses' must map license ids to tiers {TIERS}")
        return cls(
            restrictive=frozenset(restrictive), max_open=max_open, max_semi_open=max_semi,
            closed_when=rules("closed_when"), semi_open_when=rules("semi_open_when"),
            licenses=dict(licenses), name=str(data.get("name") or source),
        )


DEFAULT_POLICY = Policy()


def load_policy(path: str | Path) -> Policy:
    """Read a policy YAML file (safe loading, size-capped)."""
    return Policy.from_mapping(read_policy_yaml(path), str(path))


def read_policy_yaml(path: str | Path) -> Any:
    """The parsed content of a policy file (safe loading, size-capped)."""
    import yaml

    p = Path(path)
    try:
        raw = p.read_bytes()[: MAX_POLICY_BYTES + 1]
    except OSError as exc:
        raise PolicyError(f"{p}: cannot read policy: {exc.strerror or exc}") from exc
    if len(raw) > MAX_POLICY_BYTES:
        raise PolicyError(f"{p}: policy file larger than {MAX_POLICY_BYTES} bytes")
    try:
        data = yaml.safe_load(raw.decode("utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise PolicyError(f"{p}: malformed policy YAML: {exc}") from exc
    return data
