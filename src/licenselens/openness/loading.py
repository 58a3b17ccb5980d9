"""Loading profiles: YAML files (ours or MOF), and the profiles shipped in the package.

>>> names = packaged_names()
>>> "olmo" in names and "gpt-4" in names
True
>>> load_packaged("gpt-4").license.kind
'none'
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from ..errors import InputError
from .errors import ProfileError
from .mof_reader import is_mof, profile_from_mof
from .profile import Profile, profile_from_dict

#: a profile larger than this is refused (bytes)
MAX_PROFILE_BYTES = 1_000_000
_PACKAGE = "licenselens.openness.profiles"


def parse_yaml(text: str, source: str) -> object:
    """Safe-load YAML text; malformed or absurdly nested YAML is a ProfileError."""
    import yaml  # a third-party library, loaded when a profile is read

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "malformed"
        raise ProfileError(source, where, f"not valid YAML: {problem}") from exc
    except RecursionError as exc:
        raise ProfileError(source, "", "not valid YAML: nested too deeply") from exc


def profile_from_text(text: str, source: str, base: Path | None = None) -> Profile:
    """A profile from YAML text: a MOF file when it has ``framework`` and ``release``."""
    data = parse_yaml(text, source)
    if is_mof(data):
        return profile_from_mof(data, source)  # type: ignore[arg-type]
    return profile_from_dict(data, source, base)


def load_profile(path: str | Path) -> Profile:
    """Read and validate one profile file (our format or a MOF file).

    >>> import tempfile, yaml
    >>> from .profile import example_profile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     path = Path(d) / "demo.yaml"
    ...     _ = path.write_text(yaml.safe_dump(example_profile("Demo")), encoding="utf-8")
    ...     profile = load_profile(path)
    >>> profile.model, profile.license.value, profile.rating("data", "rl").rating
    ('Demo', 'Apache-2.0', 'open')

    Raises :class:`~licenselens.InputError` when the file cannot be read and
    :class:`~licenselens.openness.errors.ProfileError` when it is malformed.
    """
    p = Path(path)
    try:
        if p.stat().st_size > MAX_PROFILE_BYTES:
            raise ProfileError(str(path), "", f"larger than {MAX_PROFILE_BYTES} bytes")
        raw = p.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(str(path), "no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(str(path), "is a folder, not a profile file") from exc
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProfileError(str(path), "", "not UTF-8 text") from exc
    return profile_from_text(text, str(path), p.resolve().parent)


def packaged_names() -> list[str]:
    """Names of the profiles shipped with licenselens (``olmo``, ``gpt-4``, ...), sorted."""
    folder = resources.files(_PACKAGE)
    return sorted(f.name[:-5] for f in folder.iterdir() if f.name.endswith(".yaml"))


def load_packaged(name: str) -> Profile:
    """One shipped profile by name (see :func:`packaged_names`)."""
    if name not in packaged_names():
        raise ProfileError(name, "", f"no packaged profile of that name (known: "
                           f"{', '.join(packaged_names())})")
    entry = resources.files(_PACKAGE) / f"{name}.yaml"
    return profile_from_text(entry.read_text(encoding="utf-8"), f"packaged:{name}")


def packaged_profiles() -> list[Profile]:
    """Every shipped profile, in name order."""
    return [load_packaged(n) for n in packaged_names()]
