"""SPDX 2.x documents: the packages and files they describe and their licenses.

Reading goes through spdx-tools, so every format it knows (JSON, YAML,
tag-value, RDF/XML) is accepted.  Writing is :mod:`licenselens.report.spdx`.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import LicenselensError

_SNIFF = re.compile(r'"spdxVersion"|^SPDXVersion:|spdx\.org/rdf/terms|^spdxVersion:', re.MULTILINE)


class SpdxDocumentError(LicenselensError):
    """An SPDX document could not be read, or what we would write is invalid."""


@dataclass
class SpdxPackage:
    """One package (or file) of a document: its declared and concluded expressions as
    written; ``warning`` says it was read from a document that is not valid SPDX."""

    name: str
    declared: str | None
    concluded: str | None
    extracted: dict[str, str] = field(default_factory=dict)  # LicenseRef id -> text
    warning: str | None = None


def looks_like_spdx(text: str) -> bool:
    """True when a text is an SPDX document (any serialisation)."""
    head = text[:20_000]
    # every form the pattern looks for holds "spdx" in one of two spellings: a cheap test first
    return ("spdx" in head or "SPDX" in head) and bool(_SNIFF.search(head))


def _expr(value: object) -> str | None:
    if value is None:
        return None
    s = str(value)
    return None if s in ("NOASSERTION", "") else s


def read_spdx_packages(path: str | Path) -> list[SpdxPackage]:
    """The packages of an SPDX document with their declared and concluded licenses."""
    from spdx_tools.spdx.parser.error import SPDXParsingError
    from spdx_tools.spdx.parser.parse_anything import parse_file

    name = str(path)
    suffix = Path(name).suffix.lower()
    try:
        if suffix in (".json", ".yaml", ".yml", ".xml", ".rdf", ".spdx", ".tag"):
            doc = parse_file(name)
        else:  # spdx-tools chooses the parser by extension: sniff and copy
            doc = _parse_sniffed(name)
    except SPDXParsingError as exc:
        msgs = "; ".join(" ".join(str(m).split()) for m in exc.get_messages()[:3])
        return _lenient(name, msgs)
    except (AttributeError, TypeError, KeyError, IndexError) as exc:
        return _lenient(name, f"unexpected structure ({type(exc).__name__})")
    except Exception as exc:  # noqa: BLE001 - parsers raise many types on bad input
        first = (" ".join(str(exc).split()) or type(exc).__name__)[:200]
        raise SpdxDocumentError(f"{name}: not a valid SPDX document: {first}") from exc
    extracted = {e.license_id: e.extracted_text or "" for e in doc.extracted_licensing_info
                 if e.license_id}
    found = [
        SpdxPackage(p.name, _expr(p.license_declared), _expr(p.license_concluded), extracted)
        for p in doc.packages
    ]
    if not found:  # a document of files only (e.g. written by `--spdx-out`)
        found = [
            SpdxPackage(f.name, _expr(_first(f.license_info_in_file)),
                        _expr(f.license_concluded), extracted)
            for f in doc.files
        ]
    return found


#: packages read from one document that strict parsing refused
MAX_LENIENT_PACKAGES = 100_000


def _lenient(name: str, why: str) -> list[SpdxPackage]:
    """The packages of a JSON document strict parsing refused (a missing creationInfo, one
    bad expression): each package on its own, so one bad entry does not hide the others.
    Raises :class:`SpdxDocumentError` when the document is not a readable SPDX JSON object."""
    try:
        with open(name, encoding="utf-8", errors="replace") as fh:
            data = json.load(fh)
    except (OSError, ValueError, RecursionError):
        raise SpdxDocumentError(f"{name}: not a valid SPDX document: {why}") from None
    if not isinstance(data, dict) or not isinstance(data.get("spdxVersion"), str):
        raise SpdxDocumentError(f"{name}: not a valid SPDX document: {why}")
    extracted = {str(e.get("licenseId")): str(e.get("extractedText") or "")
                 for e in data.get("hasExtractedLicensingInfos") or []
                 if isinstance(e, dict) and e.get("licenseId")}
    items = data.get("packages")
    if not isinstance(items, list) or not items:
        items = data.get("files")
    if not isinstance(items, list):
        raise SpdxDocumentError(f"{name}: not a valid SPDX document: {why} (no list of "
                                "packages or files)")
    note = f"{name}: not a valid SPDX document ({why[:200]}): its entries were read one by one"
    out = []
    for i, item in enumerate(items[:MAX_LENIENT_PACKAGES]):
        if not isinstance(item, dict):
            out.append(SpdxPackage(f"entry-{i + 1}", None, None, extracted,
                                   f"{note}; entry {i + 1} is not an object"))
            continue
        label = item.get("name") or item.get("fileName") or f"entry-{i + 1}"
        declared = item.get("licenseDeclared")
        if declared is None and isinstance(item.get("licenseInfoInFiles"), list):
            declared = " AND ".join(str(v) for v in item["licenseInfoInFiles"] if _expr(v))
        out.append(SpdxPackage(str(label), _expr(declared) if declared else None,
                               _expr(item.get("licenseConcluded")), extracted, note))
    return out


def _first(values: object) -> object:
    if isinstance(values, list):
        real = [v for v in values if _expr(v)]
        if len(real) == 1:
            return real[0]
        return " AND ".join(str(v) for v in real) if real else None
    return values


def _parse_sniffed(name: str):  # noqa: ANN202
    from spdx_tools.spdx.parser.parse_anything import parse_file

    head = Path(name).read_text(encoding="utf-8", errors="replace")[:20_000]
    if head.lstrip().startswith("{"):
        ext = ".json"
    elif "spdx.org/rdf/terms" in head:
        ext = ".rdf.xml"
    elif re.search(r"^SPDXVersion:", head, re.MULTILINE):
        ext = ".spdx"
    else:
        ext = ".yaml"
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / f"doc{ext}"
        shutil.copyfile(name, copy)
        return parse_file(str(copy))
