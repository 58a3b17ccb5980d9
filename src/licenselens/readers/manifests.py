"""A project's own manifest: what ``pyproject.toml``, ``package.json`` or ``Cargo.toml``
declares about its license.

- ``pyproject.toml``: ``[project] license`` as a PEP 639 expression string, or
  the older table ``{text = "..."}`` / ``{file = "..."}``; ``license-files``
  (globs, or the draft's ``{paths = [...]}`` / ``{globs = [...]}``); the
  ``License ::`` classifiers; ``[tool.poetry] license``.
- ``package.json``: ``license`` (an expression, ``SEE LICENSE IN <file>``,
  ``UNLICENSED``), or the legacy ``license: {type}`` / ``licenses: [{type}]``.
- ``Cargo.toml``: ``[package] license`` (``/`` read as OR, the old
  separator), ``license-file``, and ``license.workspace = true`` looked up in
  the workspace's ``Cargo.toml``.

Each gives one :class:`~licenselens.readers.packages.Package`; a file that
cannot be parsed gives a package with a warning, never an exception.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "pyproject.toml").write_text('[project]\\nname = "x"\\nlicense = "MIT OR Apache-2.0"\\n')
>>> p = read_manifest(d / "pyproject.toml")
>>> p.declared, p.declared_from
(('MIT OR Apache-2.0',), 'project.license')
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from ..errors import InputError
from ..lazymod import LazyModule
from .packages import Package, is_declaration, license_classifiers

#: the TOML reader (tomli, the declared backport, on Python 3.10), imported when a
#: TOML manifest is first read
tomllib = LazyModule("tomllib" if sys.version_info >= (3, 11) else "tomli")

#: bytes of a manifest read
MAX_MANIFEST_BYTES = 2_000_000
#: files one license-files glob may add
MAX_GLOB_FILES = 200
#: parent folders searched for a Cargo workspace
MAX_WORKSPACE_DEPTH = 8


def _load_toml(text: str) -> dict:
    return tomllib.loads(text)


def _read(path: Path, pkg: Package) -> str | None:
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_MANIFEST_BYTES + 1)
    except OSError as exc:
        pkg.warnings.append(f"{path}: not readable: {exc.strerror or exc}")
        return None
    if len(data) > MAX_MANIFEST_BYTES:
        pkg.warnings.append(f"{path}: larger than {MAX_MANIFEST_BYTES} bytes: not read")
        return None
    return data.decode("utf-8-sig", errors="replace")


def _safe_file(root: Path, rel: object, pkg: Package, what: str) -> None:
    """Add ``root/rel`` to the license files (or to the missing ones, with a warning)."""
    if not isinstance(rel, str) or not rel.strip():
        pkg.warnings.append(f"{pkg.location}: {what} is not a file name: ignored")
        return
    rel = rel.strip()
    if rel.startswith(("/", "\\")) or ".." in Path(rel).parts:
        pkg.warnings.append(f"{pkg.location}: {what} '{rel}' points outside the project: ignored")
        return
    path = root / rel
    if path.is_file():
        if path not in pkg.license_files:
            pkg.license_files.append(path)
    else:
        pkg.missing_license_files.append(rel)
        pkg.warnings.append(f"{pkg.location}: {what} '{rel}' does not exist")


def _globs(root: Path, patterns: object, pkg: Package) -> None:
    if isinstance(patterns, dict):  # the PEP 639 draft: {paths = [...]} or {globs = [...]}
        for rel in patterns.get("paths") or []:
            _safe_file(root, rel, pkg, "license-files path")
        patterns = patterns.get("globs") or []
    if not isinstance(patterns, list):
        pkg.warnings.append(f"{pkg.location}: license-files is not a list of globs: ignored")
        return
    for pattern in patterns:
        if not isinstance(pattern, str) or pattern.startswith("/") or ".." in pattern:
            pkg.warnings.append(f"{pkg.location}: license-files glob {pattern!r} ignored")
            continue
        try:
            matches = sorted(p for p in root.glob(pattern) if p.is_file())[:MAX_GLOB_FILES]
        except (ValueError, OSError) as exc:
            pkg.warnings.append(f"{pkg.location}: license-files glob {pattern!r}: {exc}")
            continue
        if not matches:
            pkg.missing_license_files.append(pattern)
            pkg.warnings.append(f"{pkg.location}: license-files glob '{pattern}' matches no file")
        for path in matches:
            if path not in pkg.license_files:
                pkg.license_files.append(path)


def _declare(pkg: Package, value: object, where: str) -> bool:
    """Record a declared license string; a long text becomes ``license_text``."""
    if not isinstance(value, str) or not value.strip():
        return False
    if is_declaration(value):
        pkg.declared, pkg.declared_from = (" ".join(value.split()),), where
        return True
    if "\n" in value.strip() or len(value) > 150:
        pkg.license_text = value.strip()
    return False


def read_pyproject(path: Path) -> Package:
    """The license a ``pyproject.toml`` declares (see the module doc)."""
    pkg = Package(name=path.parent.name, version=None, kind="pyproject", location=path)
    text = _read(path, pkg)
    try:
        data = _load_toml(text) if text is not None else {}
    except ValueError as exc:  # tomllib.TOMLDecodeError is a ValueError
        pkg.warnings.append(f"{path}: not valid TOML: {exc}")
        return pkg
    project = data.get("project") if isinstance(data.get("project"), dict) else {}
    tool = data.get("tool") if isinstance(data.get("tool"), dict) else {}
    poetry = tool.get("poetry") if isinstance(tool.get("poetry"), dict) else {}
    if not project and not poetry:
        pkg.warnings.append(f"{path}: no [project] table: no license declared there")
    name, version = project.get("name") or poetry.get("name"), \
        project.get("version") or poetry.get("version")
    pkg.name = name if isinstance(name, str) and name.strip() else pkg.name
    pkg.version = version if isinstance(version, str) else None
    root = path.parent
    lic = project.get("license")
    if isinstance(lic, str):
        if not _declare(pkg, lic, "project.license"):
            pkg.warnings.append(f"{path}: project.license is not an expression: ignored")
    elif isinstance(lic, dict):
        if "text" in lic:
            _declare(pkg, lic.get("text"), "project.license.text")
        if "file" in lic:
            _safe_file(root, lic.get("file"), pkg, "project.license.file")
    elif lic is not None:
        pkg.warnings.append(f"{path}: project.license is neither a string nor a table: ignored")
    if "license-files" in project:
        _globs(root, project["license-files"], pkg)
    classifiers = project.get("classifiers") if isinstance(project.get("classifiers"), list) \
        else poetry.get("classifiers") if isinstance(poetry.get("classifiers"), list) else []
    pkg.classifiers = license_classifiers([c for c in classifiers if isinstance(c, str)])
    if not pkg.declared and not _declare(pkg, poetry.get("license"), "tool.poetry.license") \
            and pkg.classifiers:
        pkg.declared, pkg.declared_from = pkg.classifiers, "project.classifiers"
    return pkg


def read_package_json(path: Path) -> Package:
    """The license a ``package.json`` declares (see the module doc)."""
    pkg = Package(name=path.parent.name, version=None, kind="npm", location=path)
    text = _read(path, pkg)
    try:
        data = json.loads(text) if text is not None else {}
    except ValueError as exc:
        pkg.warnings.append(f"{path}: not valid JSON: {exc}")
        return pkg
    if not isinstance(data, dict):
        pkg.warnings.append(f"{path}: not a JSON object: ignored")
        return pkg
    if isinstance(data.get("name"), str):
        pkg.name = data["name"]
    pkg.version = data["version"] if isinstance(data.get("version"), str) else None
    lic, legacy = data.get("license"), data.get("licenses")
    if isinstance(lic, str):
        m = re.match(r"\s*SEE\s+LICEN[CS]E\s+IN\s+(.+?)\s*$", lic, re.IGNORECASE)
        if m:
            _safe_file(path.parent, m.group(1), pkg, "license file")
        elif not _declare(pkg, lic, "license"):
            pkg.warnings.append(f"{path}: license is not an expression: ignored")
    elif isinstance(lic, dict) and isinstance(lic.get("type"), str):
        _declare(pkg, lic["type"], "license.type")
        pkg.warnings.append(f"{path}: legacy license object: read its type")
    elif isinstance(legacy, list):
        types = tuple(x["type"].strip() for x in legacy
                      if isinstance(x, dict) and isinstance(x.get("type"), str) and x["type"].strip())
        if types:
            pkg.declared, pkg.declared_from = types, "licenses"
        pkg.warnings.append(f"{path}: legacy licenses list: how its entries combine is not stated")
    elif lic is not None or legacy is not None:
        pkg.warnings.append(f"{path}: license has an unknown form: ignored")
    return pkg


def _cargo_workspace(path: Path, pkg: Package) -> dict:
    """The ``[workspace.package]`` table of the nearest enclosing workspace, or {}."""
    folder = path.parent.parent
    for _ in range(MAX_WORKSPACE_DEPTH):
        manifest = folder / "Cargo.toml"
        if manifest.is_file():
            text = _read(manifest, pkg)
            try:
                data = _load_toml(text) if text is not None else {}
            except ValueError:
                data = {}
            ws = data.get("workspace")
            if isinstance(ws, dict):
                table = ws.get("package")
                return {"table": table if isinstance(table, dict) else {}, "root": folder}
        if folder.parent == folder:
            break
        folder = folder.parent
    return {}


def read_cargo_toml(path: Path) -> Package:
    """The license a ``Cargo.toml`` declares (see the module doc)."""
    pkg = Package(name=path.parent.name, version=None, kind="cargo", location=path)
    text = _read(path, pkg)
    try:
        data = _load_toml(text) if text is not None else {}
    except ValueError as exc:
        pkg.warnings.append(f"{path}: not valid TOML: {exc}")
        return pkg
    package = data.get("package") if isinstance(data.get("package"), dict) else {}
    if not package:
        package = (data.get("workspace") or {}).get("package") or {} \
            if isinstance(data.get("workspace"), dict) else {}
    if isinstance(package.get("name"), str):
        pkg.name = package["name"]
    pkg.version = package["version"] if isinstance(package.get("version"), str) else None
    root = path.parent
    lic, lic_file = package.get("license"), package.get("license-file")
    inherits = [k for k, v in (("license", lic), ("license-file", lic_file))
                if isinstance(v, dict) and v.get("workspace") is True]
    if inherits:
        ws = _cargo_workspace(path, pkg)
        if not ws:
            pkg.warnings.append(f"{path}: {', '.join(inherits)} inherited from a workspace "
                                "that was not found")
        else:
            lic = ws["table"].get("license") if "license" in inherits else lic
            if "license-file" in inherits:
                lic_file, root = ws["table"].get("license-file"), ws["root"]
    if isinstance(lic, str) and lic.strip():
        if "/" in lic:
            pkg.warnings.append(f"{path}: '/' in license read as OR (the old Cargo separator)")
            lic = " OR ".join(p.strip() for p in lic.split("/") if p.strip())
        _declare(pkg, lic, "package.license")
    if isinstance(lic_file, str):
        _safe_file(root, lic_file, pkg, "license-file")
    return pkg


_READERS = {"pyproject.toml": read_pyproject, "package.json": read_package_json,
            "Cargo.toml": read_cargo_toml}


def read_manifest(path: str | Path) -> Package:
    """One manifest, chosen by its file name.  Raises :class:`InputError` for a name that
    is not ``pyproject.toml``, ``package.json`` or ``Cargo.toml``, or an empty path."""
    if str(path) == "":
        raise InputError("''", "empty path")
    p = Path(path)
    reader = _READERS.get(p.name)
    if reader is None:
        raise InputError(str(path), "not a manifest this reader knows "
                                    "(pyproject.toml, package.json, Cargo.toml)")
    return reader(p)
