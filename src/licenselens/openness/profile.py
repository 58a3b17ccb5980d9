"""The model profile: who made the model, its license, and a rating per component.

A profile is a YAML mapping (see docs/openness.md)::

    model: Example-7B
    organisation: Example Lab
    country: Nowhere
    license: {id: Apache-2.0, source: https://example.org/LICENSE}
    components:
      basics: {weights: {rating: open, source: https://example.org/w}, ...}
      access: {...}
      training: {...}
      data: {...}

Every component of :data:`~licenselens.openness.framework.AREAS` except
``basics.license`` must be rated (``n/a`` is a rating); the license component
is rated by licenselens from ``license`` (an id or expression, a ``file``
relative to the profile, or ``none: true``).  Anything unknown is refused with
a :class:`~licenselens.openness.errors.ProfileError` naming file and field.

>>> p = profile_from_dict(example_profile("Demo", "semi-open"))
>>> p.model, p.rating("basics", "weights").value, p.license.kind
('Demo', 0.5, 'id')
>>> profile_from_dict({"model": "X"})
Traceback (most recent call last):
...
licenselens.openness.errors.ProfileError: <dict>: organisation: missing (a string is required)
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ProfileError
from .framework import AREAS, RATINGS

#: top-level fields of a profile (``model``, ``organisation``, ``license`` and
#: ``components`` are required)
TOP_FIELDS = ("model", "organisation", "country", "url", "notes", "license", "components")
#: fields of one component rating
RATING_FIELDS = ("rating", "source", "note")
#: fields of the license block (exactly one of ``id``, ``file``, ``none``)
LICENSE_FIELDS = ("id", "file", "none", "source", "note")

_NUMBERS = {1: "open", 0.5: "semi-open", 0: "closed"}


@dataclass(frozen=True)
class Rating:
    """One component's rating, with where it came from."""

    rating: str
    source: str = ""
    note: str = ""

    @property
    def value(self) -> float | None:
        """1, 0.5, 0, or ``None`` for not applicable."""
        return RATINGS[self.rating]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: rating word, value, source, note."""
        return {"rating": self.rating, "value": self.value, "source": self.source,
                "note": self.note}


@dataclass(frozen=True)
class LicenseSpec:
    """What the profile says about the license: ``kind`` is ``id``, ``file`` or ``none``.

    For ``file``, ``value`` is the path as written and ``path`` the resolved one.
    """

    kind: str
    value: str | None
    source: str = ""
    note: str = ""
    path: Path | None = None


@dataclass
class Profile:
    """A model's openness profile (from our YAML format or a MOF file)."""

    model: str
    organisation: str
    license: LicenseSpec
    ratings: dict[tuple[str, str], Rating]
    source: str = "<dict>"
    country: str = ""
    url: str = ""
    notes: str = ""
    #: the MOF reading (a :class:`~licenselens.openness.mof.MofReading`) for MOF files
    mof: Any = None
    warnings: list[str] = field(default_factory=list)

    def rating(self, area: str, component: str) -> Rating | None:
        """The rating a profile gives (``None`` for ``basics.license``, rated by licenselens)."""
        return self.ratings.get((area, component))


def _unknown(source: str, where: str, key: object, allowed: tuple[str, ...]) -> ProfileError:
    close = difflib.get_close_matches(str(key), allowed, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else f" (allowed: {', '.join(allowed)})"
    name = f"{where}.{key}" if where else str(key)
    return ProfileError(source, name, f"unknown field{hint}")


def check_fields(data: dict, allowed: tuple[str, ...], source: str, where: str) -> None:
    """Refuse any key of ``data`` not in ``allowed`` (with a did-you-mean hint)."""
    for key in data:
        if key not in allowed:
            raise _unknown(source, where, key, allowed)


def text_field(data: dict, key: str, source: str, where: str = "",
               required: bool = False) -> str:
    """A string field (numbers are accepted and written as text); '' when absent."""
    name = f"{where}.{key}" if where else key
    value = data.get(key)
    if value is None:
        if required:
            raise ProfileError(source, name, "missing (a string is required)")
        return ""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ProfileError(source, name, f"must be a string, not {type(value).__name__}")
    text = str(value).strip()
    if required and not text:
        raise ProfileError(source, name, "must not be empty")
    return text


def parse_rating_word(value: object, source: str, name: str) -> str:
    """``open``/``semi-open``/``closed``/``n/a`` (or 1/0.5/0) -> the rating word."""
    if isinstance(value, bool):
        raise ProfileError(source, name, f"unknown rating {value!r} (use open, semi-open, "
                           "closed or n/a)")
    if isinstance(value, (int, float)) and value in _NUMBERS:
        return _NUMBERS[value]
    word = str(value).strip().lower() if isinstance(value, str) else None
    if word in ("na", "n.a.", "not applicable"):
        word = "n/a"
    if word not in RATINGS:
        raise ProfileError(source, name, f"unknown rating {value!r} (use open, semi-open, "
                           "closed or n/a)")
    return word


def _url(value: str, source: str, name: str) -> str:
    if value and not value.startswith(("https://", "http://")):
        raise ProfileError(source, name, f"{value!r} is not an http(s) URL (put prose in 'note')")
    return value


def parse_rating(value: object, source: str, name: str) -> Rating:
    """One component entry: a mapping with ``rating`` and a ``source`` URL or a ``note``."""
    if not isinstance(value, dict):
        raise ProfileError(source, name, "must be a mapping with 'rating' and a 'source' "
                           "URL or a 'note'")
    check_fields(value, RATING_FIELDS, source, name)
    if "rating" not in value:
        raise ProfileError(source, f"{name}.rating", "missing")
    word = parse_rating_word(value["rating"], source, f"{name}.rating")
    src = _url(text_field(value, "source", source, name), source, f"{name}.source")
    note = text_field(value, "note", source, name)
    if not src and not note:
        raise ProfileError(source, name, "say where the rating comes from: a 'source' URL "
                           "or a 'note'")
    return Rating(word, src, note)


def parse_license(value: object, source: str, base: Path | None) -> LicenseSpec:
    """The ``license`` field: a string (id or expression) or a mapping."""
    if isinstance(value, str):
        value = {"id": value}
    if not isinstance(value, dict):
        raise ProfileError(source, "license", "must be an id or expression, or a mapping "
                           "with one of 'id', 'file', 'none'")
    check_fields(value, LICENSE_FIELDS, source, "license")
    given = [k for k in ("id", "file", "none") if k in value]
    if len(given) != 1:
        raise ProfileError(source, "license", "give exactly one of 'id', 'file', 'none: true'")
    src = _url(text_field(value, "source", source, "license"), source, "license.source")
    note = text_field(value, "note", source, "license")
    kind = given[0]
    if kind == "none":
        if value["none"] is not True:
            raise ProfileError(source, "license.none", "must be true (the model has no license)")
        return LicenseSpec("none", None, src, note)
    text = text_field(value, kind, source, "license", required=True)
    if kind == "id":
        return LicenseSpec("id", text, src, note)
    path = Path(text)
    if not path.is_absolute():
        path = (base or Path.cwd()) / path
    return LicenseSpec("file", text, src, note, path)


def parse_components(value: object, source: str) -> dict[tuple[str, str], Rating]:
    """The ``components`` mapping: every area, every component (license excepted) rated."""
    if not isinstance(value, dict):
        raise ProfileError(source, "components", "must be a mapping of the four areas")
    keys = tuple(a.key for a in AREAS)
    check_fields(value, keys, source, "components")
    ratings: dict[tuple[str, str], Rating] = {}
    for a in AREAS:
        where = f"components.{a.key}"
        block = value.get(a.key)
        if not isinstance(block, dict):
            raise ProfileError(source, where, "missing (a mapping of its components)"
                               if block is None else "must be a mapping of its components")
        if a.key == "basics" and "license" in block:
            raise ProfileError(source, f"{where}.license", "is rated by licenselens from the "
                               "top-level 'license' field; remove it here")
        wanted = tuple(c for c in a.components if not (a.key == "basics" and c == "license"))
        check_fields(block, wanted, source, where)
        missing = [c for c in wanted if c not in block]
        if missing:
            raise ProfileError(source, where, f"missing component(s) {', '.join(missing)} "
                               "(rate each one; n/a is a rating)")
        for c in wanted:
            ratings[(a.key, c)] = parse_rating(block[c], source, f"{where}.{c}")
    return ratings


def profile_from_dict(data: object, source: str = "<dict>",
                      base: Path | None = None) -> Profile:
    """Validate a profile mapping (as read from YAML) and build a :class:`Profile`.

    ``base`` is the folder a ``license.file`` path is relative to (the profile's
    folder when read from a file; the working folder otherwise).
    """
    if not isinstance(data, dict):
        raise ProfileError(source, "", "a profile must be a mapping (model, organisation, "
                           "license, components)")
    check_fields(data, TOP_FIELDS, source, "")
    model = text_field(data, "model", source, required=True)
    organisation = text_field(data, "organisation", source, required=True)
    if "license" not in data:
        raise ProfileError(source, "license", "missing (an id, an expression, "
                           "{file: PATH} or {none: true})")
    lic = parse_license(data["license"], source, base)
    if "components" not in data:
        raise ProfileError(source, "components", "missing")
    ratings = parse_components(data["components"], source)
    return Profile(model=model, organisation=organisation, license=lic, ratings=ratings,
                   source=source, country=text_field(data, "country", source),
                   url=_url(text_field(data, "url", source), source, "url"),
                   notes=text_field(data, "notes", source))


def example_profile(model: str, rating: str = "open", license_id: str = "Apache-2.0") -> dict:
    """A profile mapping with every component rated ``rating`` (for examples and tests)."""
    comps: dict[str, dict[str, dict[str, str]]] = {}
    for a in AREAS:
        comps[a.key] = {c: {"rating": rating, "note": "example"} for c in a.components
                        if not (a.key == "basics" and c == "license")}
    return {"model": model, "organisation": "Example Lab", "license": {"id": license_id},
            "components": comps}
