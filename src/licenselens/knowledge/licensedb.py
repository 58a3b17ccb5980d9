"""Reading the ScanCode LicenseDB out of the places it is published, without
importing scancode:

* a scancode-toolkit wheel (``licensedcode/data/licenses/*.LICENSE`` inside
  the zip);
* an installed scancode-toolkit (``site-packages`` or its ``licensedcode``
  folder) or a checkout of its sources;
* a LicenseDB folder: ``licenses/*.LICENSE`` (YAML front matter + text), or
  the older layout of ``*.yml`` data beside a plain ``*.LICENSE`` text;
* the LicenseDB's published JSON index folder (``index.json`` + one
  ``<key>.json`` per license, the text in its ``text`` field or in
  ``<key>.LICENSE`` beside it).

The result is a list of license entries (plain dicts holding only the
:data:`FIELDS` below, plus ``text``) and a :class:`Source` saying where they
came from.  YAML is read with the safe loader only; nothing is executed.
"""

from __future__ import annotations

import json
import re
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..errors import DataSourceError
from ..lazymod import LazyModule

#: imported when a wheel is first read
zipfile = LazyModule("zipfile")

#: fields kept per license (ScanCode's names); empty values are dropped
FIELDS: tuple[str, ...] = (
    "key", "name", "short_name", "category", "owner", "spdx_license_key",
    "other_spdx_license_keys", "osi_license_key", "is_exception", "is_deprecated",
    "is_unknown", "is_generic", "replaced_by", "language", "homepage_url", "osi_url",
    "text_urls", "other_urls", "standard_notice", "ignorable_copyrights",
    "ignorable_holders", "ignorable_urls",
)
_FLAGS = ("is_exception", "is_deprecated", "is_unknown", "is_generic")
_LISTS = ("other_spdx_license_keys", "replaced_by", "text_urls", "other_urls",
          "ignorable_copyrights", "ignorable_holders", "ignorable_urls")
_KEY_RE = re.compile(r"^[a-z0-9][a-z0-9.+_-]*$")
_WHEEL_LICENSES = re.compile(r"^(?:.*/)?licensedcode/data/licenses/([^/]+)\.LICENSE$")
_VERSION_LINE = re.compile(r"^Version:\s*(\S+)", re.MULTILINE)
#: where the licenses folder sits below a given folder (checkout, site-packages, package)
_LICENSE_DIRS = ("", "licenses", "data/licenses", "licensedcode/data/licenses",
                 "src/licensedcode/data/licenses")


@dataclass
class Source:
    """Where a LicenseDB was read from."""

    kind: str  # wheel | installed | folder | json-index
    path: str
    package: str = "scancode-licensedb"
    version: str = "unknown"
    date: str = ""  # YYYY-MM-DD of the newest license file
    date_source: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "path": self.path, "package": self.package,
                "version": self.version}


def _yaml_load(text: str, where: str) -> dict[str, Any]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        raise DataSourceError(f"{where}: malformed YAML data: {exc}") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise DataSourceError(f"{where}: the license data is not a mapping")
    return data


def split_front_matter(raw: str, where: str) -> tuple[dict[str, Any], str]:
    """(YAML front matter, text) of a ``.LICENSE`` file; ({}, raw) without front matter."""
    if raw.startswith("---"):
        end = raw.find("\n---", 3)
        if end > 0:
            return _yaml_load(raw[3:end], where), raw[end + 4 :]
    return {}, raw


def clean_text(text: str) -> str:
    """Trailing spaces and leading/trailing blank lines removed (the words are untouched)."""
    return "\n".join(line.rstrip() for line in text.splitlines()).strip("\n")


def entry(data: dict[str, Any], text: str, fallback_key: str, where: str) -> dict[str, Any]:
    """One license entry from ScanCode's data fields and its text (validated, compacted)."""
    key = str(data.get("key") or data.get("license_key") or fallback_key).strip()
    if not _KEY_RE.match(key):
        raise DataSourceError(f"{where}: malformed license key {key!r}")
    out: dict[str, Any] = {"key": key}
    for name in FIELDS[1:]:
        value = data.get(name)
        if value in (None, "", [], False):
            continue
        if name in _FLAGS:
            out[name] = value is True or str(value).lower() in ("yes", "true", "1")
            if not out[name]:
                del out[name]
        elif name in _LISTS:
            items = value if isinstance(value, list) else [value]
            out[name] = [str(v) for v in items if v not in (None, "")]
        else:
            out[name] = str(value)
    out["name"] = out.get("name") or out.get("short_name") or key
    out["category"] = out.get("category") or ""
    out["text"] = clean_text(text)
    return out


def _day(ts: float) -> str:
    return datetime.fromtimestamp(ts, tz=timezone.utc).strftime("%Y-%m-%d")


def read_wheel(path: Path) -> tuple[list[dict[str, Any]], Source]:
    """The LicenseDB inside a scancode-toolkit wheel (or any zip of its package)."""
    try:
        zf = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise DataSourceError(f"{path}: not a readable wheel or zip: {exc}") from exc
    with zf:
        infos = [(m.group(1), i) for i in zf.infolist()
                 if (m := _WHEEL_LICENSES.match(i.filename))]
        if not infos:
            raise DataSourceError(f"{path}: no licensedcode/data/licenses/*.LICENSE in this zip")
        out = []
        for stem, info in sorted(infos, key=lambda t: t[0]):
            raw = zf.read(info).decode("utf-8", errors="replace")
            data, text = split_front_matter(raw, f"{path.name}:{info.filename}")
            out.append(entry(data, text, stem, f"{path.name}:{info.filename}"))
        version, package = "unknown", "scancode-toolkit"
        meta = [n for n in zf.namelist() if re.match(r"^[^/]+\.dist-info/METADATA$", n)]
        if meta:
            found = _VERSION_LINE.search(zf.read(meta[0]).decode("utf-8", errors="replace"))
            version = found.group(1) if found else version
        newest = max(i.date_time for _s, i in infos)
    date = f"{newest[0]:04d}-{newest[1]:02d}-{newest[2]:02d}"
    return out, Source("wheel", str(path), package, version, date, "newest license file in the wheel")


def _read_license_dir(directory: Path) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for lic in sorted(directory.glob("*.LICENSE")):
        try:
            raw = lic.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            raise DataSourceError(f"{lic}: unreadable: {exc}") from exc
        data, text = split_front_matter(raw, str(lic))
        yml = lic.with_suffix(".yml")
        if not data and yml.is_file():  # the older layout: data beside the text
            data = _yaml_load(yml.read_text(encoding="utf-8", errors="replace"), str(yml))
        if not data:
            continue  # a text with no data is not a LicenseDB entry
        out.append(entry(data, text, lic.stem, str(lic)))
        seen.add(out[-1]["key"])
    for yml in sorted(directory.glob("*.yml")):  # data with no text (deprecated, generic)
        if yml.stem in seen or yml.with_suffix(".LICENSE").is_file():
            continue
        data = _yaml_load(yml.read_text(encoding="utf-8", errors="replace"), str(yml))
        if data.get("key") or data.get("category"):
            out.append(entry(data, "", yml.stem, str(yml)))
    return out


def _read_json_index(folder: Path) -> list[dict[str, Any]]:
    try:
        index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataSourceError(f"{folder / 'index.json'}: unreadable JSON index: {exc}") from exc
    if not isinstance(index, list):
        raise DataSourceError(f"{folder / 'index.json'}: expected a list of licenses")
    out = []
    for item in index:
        if not isinstance(item, dict) or not item.get("license_key"):
            raise DataSourceError(f"{folder / 'index.json'}: an entry has no license_key")
        key = str(item["license_key"])
        data: dict[str, Any] = dict(item)
        page = folder / str(item.get("json") or f"{key}.json")
        if page.is_file():
            try:
                more = json.loads(page.read_text(encoding="utf-8"))
            except ValueError as exc:
                raise DataSourceError(f"{page}: malformed JSON: {exc}") from exc
            if isinstance(more, dict):
                data.update(more)
        text = data.get("text")
        if not isinstance(text, str):
            lic = folder / str(item.get("license") or f"{key}.LICENSE")
            text = split_front_matter(lic.read_text(encoding="utf-8", errors="replace"),
                                      str(lic))[1] if lic.is_file() else ""
        out.append(entry(data, text, key, str(page)))
    return out


def _installed_version(licenses: Path) -> tuple[str, str, str]:
    """(kind, package, version) for a licenses folder inside an install or a checkout."""
    for parent in list(licenses.parents)[:5]:
        for info in sorted(parent.glob("scancode_toolkit-*.dist-info")):
            meta = info / "METADATA"
            if meta.is_file():
                found = _VERSION_LINE.search(meta.read_text(encoding="utf-8", errors="replace"))
                if found:
                    return "installed", "scancode-toolkit", found.group(1)
        cfg = parent / "setup.cfg"
        if cfg.is_file() and (parent / "src" / "licensedcode").is_dir():
            found = re.search(r"(?m)^version\s*=\s*(\S+)", cfg.read_text(encoding="utf-8"))
            return "folder", "scancode-toolkit", found.group(1) if found else "unknown"
    return "folder", "scancode-licensedb", "unknown"


def read_source(path: Path | str) -> tuple[list[dict[str, Any]], Source]:
    """The licenses of a LicenseDB source (wheel, install, checkout, JSON index).

    Raises :class:`~licenselens.errors.DataSourceError` naming the path and the reason.
    """
    path = Path(path)
    try:
        return _read_source(path)
    except DataSourceError:
        raise
    except (OSError, zipfile.BadZipFile, zlib.error, EOFError, RuntimeError) as exc:
        raise DataSourceError(f"{path}: unreadable LicenseDB source: {exc}") from exc


def _read_source(path: Path) -> tuple[list[dict[str, Any]], Source]:
    if not path.exists():
        raise DataSourceError(f"{path}: no such file or folder")
    if path.is_file():
        return read_wheel(path)
    if (path / "index.json").is_file():
        entries = _read_json_index(path)
        kind, package, version = "json-index", "scancode-licensedb", "unknown"
        files = [path / "index.json"]
    else:
        for sub in _LICENSE_DIRS:
            directory = path / sub if sub else path
            if directory.is_dir() and next(directory.glob("*.LICENSE"), None) is not None:
                break
        else:
            raise DataSourceError(
                f"{path}: no LicenseDB found (expected licenses/*.LICENSE, *.yml with texts, "
                "index.json, or a scancode-toolkit wheel or install)")
        entries = _read_license_dir(directory)
        kind, package, version = _installed_version(directory)
        files = list(directory.glob("*.LICENSE"))
    if not entries:
        raise DataSourceError(f"{path}: no license data found (texts without ScanCode data)")
    try:
        date = _day(max(f.stat().st_mtime for f in files))
    except (OSError, ValueError):
        date = ""
    keys = [e["key"] for e in entries]
    if len(keys) != len(set(keys)):
        dup = sorted({k for k in keys if keys.count(k) > 1})[:5]
        raise DataSourceError(f"{path}: duplicate license keys {dup}")
    return entries, Source(kind, str(path), package, version, date, "newest file time")
