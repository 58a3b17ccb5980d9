"""Installed Python distributions: what each declares and which license files it ships.

An environment is a ``site-packages`` folder, a virtual or conda environment's
root, or (``None``) the running interpreter's ``sys.path``.  Each
``*.dist-info`` (or ``*.egg-info``) gives one :class:`Package`:

- ``declared``: ``License-Expression`` (PEP 639), else a short ``License``
  value, else the ``License ::`` trove classifiers.  A license *text* pasted
  into ``License`` is kept as ``license_text``, not as a declaration;
  ``UNKNOWN`` is no declaration.
- ``license_files``: everything under ``*.dist-info/licenses/`` (PEP 639),
  the ``License-File:`` entries, and LICENSE/COPYING/NOTICE files in the
  dist-info folder.  A listed file that is absent is named in
  ``missing_license_files``.

METADATA is RFC 822, parsed with :mod:`email.parser`; broken metadata gives
a warning on the package, never an exception.  Pure data: no judgement.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..lazymod import LazyModule
from .kinds import dist_info_name, name_role

#: the header parser, imported when a metadata file is first read
_email_parser = LazyModule("email.parser")

#: bytes of METADATA read (the headers come first; the description may be long)
MAX_METADATA_BYTES = 1_000_000
#: files listed from one ``licenses/`` folder
MAX_LICENSE_FILES = 1_000
#: a ``License`` value longer than this, or of several lines, is a pasted text
MAX_DECLARATION = 150
#: values that declare nothing
NO_DECLARATION = frozenset({"", "unknown", "none", "n/a", "na", "-", "null", "undefined"})


@dataclass
class Package:
    """One package: a distribution's metadata or a project's manifest.

    ``kind`` is ``distribution`` (installed metadata), ``pyproject``, ``npm``
    or ``cargo``.  ``declared`` holds the license values as declared (an
    SPDX expression, a license name, or trove classifiers: identify each),
    ``declared_from`` the field they came from (``License-Expression``,
    ``License``, ``Classifier``, ``project.license``, ``license``,
    ``licenses`` ...).  Several values from ``Classifier`` or npm's legacy
    ``licenses`` list do not say how they combine.
    """

    name: str
    version: str | None
    kind: str
    location: Path
    declared: tuple[str, ...] = ()
    declared_from: str | None = None
    license_text: str | None = None
    classifiers: tuple[str, ...] = ()
    license_files: list[Path] = field(default_factory=list)
    missing_license_files: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        """The normalised name (PEP 503), for sorting and matching."""
        return normalise_name(self.name)


@dataclass
class Environment:
    """The distributions of an environment, in name order, and the folders read."""

    folders: list[Path] = field(default_factory=list)
    packages: list[Package] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def normalise_name(name: str) -> str:
    """PEP 503 normalisation: ``Foo.Bar_baz`` -> ``foo-bar-baz``."""
    return re.sub(r"[-_.]+", "-", name).lower()


def is_declaration(value: str | None) -> bool:
    """True when a ``License`` value names a license (not empty, not UNKNOWN, not a text)."""
    if value is None or value.strip().lower() in NO_DECLARATION:
        return False
    v = value.strip()
    return "\n" not in v and len(v) <= MAX_DECLARATION and len(v.split()) <= 20


def license_classifiers(classifiers: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The ``License ::`` classifiers that name a license (bare "OSI Approved" dropped)."""
    out = []
    for c in classifiers:
        c = " ".join(str(c).split())
        if c.startswith("License ::") and c not in ("License :: OSI Approved",
                                                    "License :: DFSG approved"):
            out.append(c)
    return tuple(dict.fromkeys(out))


def _unfold(value: str) -> str:
    """A multi-line header value with its continuation indent (up to 8 blanks and an
    optional '|') removed."""
    lines = value.replace("\r\n", "\n").split("\n")
    rest = [re.sub(r"^\s{1,8}\|?", "", ln) for ln in lines[1:]]
    return "\n".join([lines[0], *rest]).strip()


def read_metadata_text(text: str, pkg: Package) -> None:
    """Fill ``pkg`` from the text of a METADATA / PKG-INFO file (headers only)."""
    try:
        msg = _email_parser.Parser().parsestr(text, headersonly=True)
    except Exception as exc:  # noqa: BLE001 - the parser is lenient; anything else is a defect
        pkg.warnings.append(f"{pkg.location}: metadata not readable: {exc}")
        return
    if msg.defects:
        pkg.warnings.append(f"{pkg.location}: malformed metadata headers "
                            f"({type(msg.defects[0]).__name__}): read what could be read")
    name, version = msg.get("Name"), msg.get("Version")
    if name and str(name).strip():
        pkg.name = str(name).strip()
    else:
        pkg.warnings.append(f"{pkg.location}: metadata has no Name: named after its folder")
    if version and str(version).strip():
        pkg.version = str(version).strip()
    pkg.classifiers = license_classifiers([str(c) for c in msg.get_all("Classifier") or []])
    expression = msg.get("License-Expression")
    license_value = msg.get("License")
    license_value = _unfold(str(license_value)) if license_value is not None else None
    if expression is not None and str(expression).strip():
        pkg.declared, pkg.declared_from = (" ".join(str(expression).split()),), \
            "License-Expression"
    elif is_declaration(license_value):
        pkg.declared, pkg.declared_from = (str(license_value).strip(),), "License"
    elif pkg.classifiers:
        pkg.declared, pkg.declared_from = pkg.classifiers, "Classifier"
    if license_value and not is_declaration(license_value) and \
            license_value.strip().lower() not in NO_DECLARATION:
        pkg.license_text = license_value
    _license_file_entries(pkg, [str(v).strip() for v in msg.get_all("License-File") or []])


def _license_file_entries(pkg: Package, entries: list[str]) -> None:
    """Resolve ``License-File:`` entries (under ``licenses/``, else beside METADATA)."""
    folder = pkg.location
    for entry in entries:
        if not entry:
            continue
        if entry.startswith(("/", "\\")) or ".." in Path(entry).parts or ":" in entry:
            pkg.warnings.append(f"{folder}: License-File '{entry}' points outside the "
                                "distribution: ignored")
            continue
        for candidate in (folder / "licenses" / entry, folder / entry):
            if candidate.is_file() and _inside(candidate, folder):
                if candidate not in pkg.license_files:
                    pkg.license_files.append(candidate)
                break
        else:
            pkg.missing_license_files.append(entry)
            pkg.warnings.append(f"{pkg.name}: License-File '{entry}' is listed but not shipped")


def _inside(path: Path, folder: Path) -> bool:
    """True when ``path`` (links resolved) lies in ``folder``."""
    try:
        return folder.resolve() in path.resolve().parents
    except (OSError, RuntimeError):
        return False


def _shipped_files(pkg: Package, info: Path) -> None:
    """License files found in the dist-info folder and under its ``licenses/``."""
    found: list[Path] = []
    try:
        for item in sorted(info.iterdir()):
            if item.is_file() and name_role(item.name) in ("license", "notice") \
                    and _inside(item, info):
                found.append(item)
    except OSError as exc:
        pkg.warnings.append(f"{info}: cannot list: {exc.strerror or exc}")
    lic = info / "licenses"
    if lic.is_dir() and not lic.is_symlink():
        for dirpath, dirnames, filenames in os.walk(lic):  # never follows folder links
            dirnames.sort()
            for name in sorted(filenames):
                path = Path(dirpath, name)
                if len(found) >= MAX_LICENSE_FILES:
                    pkg.warnings.append(f"{lic}: more than {MAX_LICENSE_FILES} files: "
                                        "the rest were not listed")
                    break
                if path.is_file() and not path.is_symlink():
                    found.append(path)
    for path in found:
        if path not in pkg.license_files:
            pkg.license_files.append(path)
    pkg.license_files.sort(key=lambda p: p.relative_to(info).as_posix())


def read_distribution(info: str | Path) -> Package:
    """One installed distribution from its ``*.dist-info`` / ``*.egg-info`` folder (or an
    ``*.egg-info`` file).  Never raises: problems are warnings on the package."""
    info = Path(info)
    guessed = dist_info_name(info.name) or (info.name, None)
    pkg = Package(name=guessed[0], version=guessed[1], kind="distribution", location=info)
    if info.is_dir():
        meta = info / ("PKG-INFO" if info.name.endswith(".egg-info") else "METADATA")
    else:
        meta = info  # an old distutils install: the egg-info is the PKG-INFO file itself
    try:
        with open(meta, "rb") as fh:
            data = fh.read(MAX_METADATA_BYTES)
    except OSError as exc:
        pkg.warnings.append(f"{meta}: metadata not readable: {exc.strerror or exc}")
        data = None
    if data is not None:
        text = data.decode("utf-8", errors="replace")
        if "\ufffd" in text:
            pkg.warnings.append(f"{meta}: metadata is not valid UTF-8: bad bytes replaced")
        read_metadata_text(text, pkg)
    if info.is_dir():
        _shipped_files(pkg, info)
    return pkg


def find_site_packages(path: str | Path) -> list[Path]:
    """The folders of installed distributions at ``path``: itself when it holds
    ``*.dist-info``/``*.egg-info`` or is named site-packages, else an environment's
    ``lib/python*/site-packages`` (also ``Lib/site-packages``).  [] for neither."""
    p = Path(path)
    if not p.is_dir():
        return []
    if p.name in ("site-packages", "dist-packages") or _holds_distributions(p):
        return [p]
    found: dict[str, Path] = {}
    for pattern in ("lib/python*/site-packages", "lib64/python*/site-packages",
                    "lib/python*/dist-packages", "Lib/site-packages"):
        for sp in sorted(p.glob(pattern)):
            if sp.is_dir():
                found.setdefault(os.path.realpath(sp), sp)
    return list(found.values())


def _holds_distributions(folder: Path) -> bool:
    try:
        return any(n.endswith((".dist-info", ".egg-info")) for n in os.listdir(folder))
    except OSError:
        return False


def read_environment(path: str | Path | None = None) -> Environment:
    """Every distribution of an environment (see the module doc), sorted by name.

    ``path=None`` reads the running interpreter's ``sys.path``.  A name
    installed twice is reported once (the first folder wins, as on import)
    with a warning.  Raises :class:`InputError` when ``path`` is empty,
    missing, or holds no environment.
    """
    env = Environment()
    if path is None:
        seen: set[str] = set()
        for entry in sys.path:
            p = Path(entry or ".")
            if p.is_dir() and os.path.realpath(p) not in seen and _holds_distributions(p):
                seen.add(os.path.realpath(p))
                env.folders.append(p)
    else:
        if str(path) == "":
            raise InputError("''", "empty path")
        if not Path(path).exists():
            raise InputError(str(path), "no such file or folder")
        env.folders = find_site_packages(path)
        if not env.folders:
            raise InputError(str(path), "not a Python environment (no site-packages folder "
                                        "and no *.dist-info in it)")
    by_key: dict[str, Package] = {}
    for folder in env.folders:
        try:
            names = sorted(os.listdir(folder))
        except OSError as exc:
            env.warnings.append(f"{folder}: cannot list: {exc.strerror or exc}")
            continue
        for name in names:
            if not name.endswith((".dist-info", ".egg-info")):
                continue
            pkg = read_distribution(folder / name)
            if pkg.key in by_key:
                env.warnings.append(f"{pkg.name} {pkg.version or ''}: also installed at "
                                    f"{by_key[pkg.key].location}: this copy ({folder / name}) "
                                    "is shadowed and not counted")
                continue
            by_key[pkg.key] = pkg
    env.packages = sorted(by_key.values(), key=lambda p: (p.key, p.version or ""))
    return env
