"""SPDX 2.x documents: read packages' licenses, and write what licenselens found.

Reading and writing go through spdx-tools, so every format it knows (JSON,
YAML, tag-value, RDF/XML) is accepted, and what we write is validated.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from ..errors import LicenselensError
from ..model import Result

_SNIFF = re.compile(r'"spdxVersion"|^SPDXVersion:|spdx\.org/rdf/terms|^spdxVersion:', re.MULTILINE)


class SpdxDocumentError(LicenselensError):
    """An SPDX document could not be read, or what we would write is invalid."""


@dataclass
class SpdxPackage:
    name: str
    declared: str | None
    concluded: str | None
    extracted: dict[str, str] = field(default_factory=dict)  # LicenseRef id -> text


def looks_like_spdx(text: str) -> bool:
    """True when a text is an SPDX document (any serialisation)."""
    return bool(_SNIFF.search(text[:20_000]))


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
        msgs = "; ".join(exc.get_messages()[:3])
        raise SpdxDocumentError(f"{name}: not a valid SPDX document: {msgs}") from exc
    except Exception as exc:  # noqa: BLE001 - parsers raise many types on bad input
        raise SpdxDocumentError(f"{name}: not a valid SPDX document: {exc}") from exc
    extracted = {e.license_id: e.extracted_text or "" for e in doc.extracted_licensing_info
                 if e.license_id}
    return [
        SpdxPackage(p.name, _expr(p.license_declared), _expr(p.license_concluded), extracted)
        for p in doc.packages
    ]


def _parse_sniffed(name: str):  # noqa: ANN202
    import shutil
    import tempfile

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


def _common_base(paths: list[Path]) -> Path:
    import os

    absolute = [str(p.resolve()) for p in paths]
    if not absolute:
        return Path.cwd()
    common = Path(os.path.commonpath(absolute))
    return common if len(absolute) > 1 or not Path(absolute[0]).is_file() else common.parent


def _relative(path: Path, base: Path) -> str:
    try:
        return path.resolve().relative_to(base).as_posix()
    except ValueError:
        return path.name


def write_spdx_document(results: list[Result], out_path: str) -> None:
    """Write an SPDX 2.3 JSON document recording each file found and its license."""
    from license_expression import get_spdx_licensing
    from spdx_tools.spdx.model import (
        Actor,
        ActorType,
        Checksum,
        ChecksumAlgorithm,
        CreationInfo,
        Document,
        ExtractedLicensingInfo,
        File,
        Relationship,
        RelationshipType,
        SpdxNoAssertion,
    )
    from spdx_tools.spdx.validation.document_validator import validate_full_spdx_document
    from spdx_tools.spdx.writer.write_anything import write_file

    from .. import __version__

    licensing = get_spdx_licensing()
    inputs = [Path(r.input.split("#", 1)[0]) for r in results if r.kind != "folder"]
    base = _common_base(inputs)
    files = []
    extracted: dict[str, ExtractedLicensingInfo] = {}
    seen_ids: set[str] = set()
    for r in results:
        if r.kind == "folder":
            continue
        path = Path(r.input.split("#", 1)[0])
        try:
            sha1 = hashlib.sha1(path.read_bytes()).hexdigest()
        except OSError:
            sha1 = hashlib.sha1(r.input.encode()).hexdigest()
        rel = _relative(path, base)
        stem = re.sub(r"[^A-Za-z0-9.-]", "-", rel)[-60:] or "file"
        spdx_id = f"SPDXRef-File-{stem}"
        n = 1
        while spdx_id in seen_ids:
            n += 1
            spdx_id = f"SPDXRef-File-{stem}-{n}"
        seen_ids.add(spdx_id)
        concluded: object = SpdxNoAssertion()
        if r.expression:
            concluded = licensing.parse(r.expression)
            for lic in r.licenses or ([r.license] if r.license else []):
                if lic.id.startswith("LicenseRef-") and lic.id not in extracted:
                    extracted[lic.id] = ExtractedLicensingInfo(
                        license_id=lic.id,
                        extracted_text=f"{lic.name}: not on the SPDX License List; "
                        "identified by licenselens (text not reproduced here).",
                        license_name=lic.name,
                    )
        name = f"./{rel}"
        files.append(File(
            name=name, spdx_id=spdx_id,
            checksums=[Checksum(ChecksumAlgorithm.SHA1, sha1)],
            license_concluded=concluded,
            license_comment=f"licenselens: tier {r.tier}, matched by {r.matched_by}",
        ))
    stamp = hashlib.sha1("\n".join(r.input for r in results).encode()).hexdigest()[:16]
    info = CreationInfo(
        spdx_version="SPDX-2.3", spdx_id="SPDXRef-DOCUMENT", name="licenselens-scan",
        document_namespace=f"https://spdx.org/spdxdocs/licenselens-{stamp}",
        creators=[Actor(ActorType.TOOL, f"licenselens-{__version__}")],
        created=datetime.now(timezone.utc).replace(microsecond=0),
    )
    relationships = [Relationship("SPDXRef-DOCUMENT", RelationshipType.DESCRIBES, f.spdx_id)
                     for f in files]
    doc = Document(creation_info=info, files=files, relationships=relationships,
                   extracted_licensing_info=list(extracted.values()))
    problems = validate_full_spdx_document(doc)
    if problems:
        raise SpdxDocumentError(
            f"{out_path}: the SPDX document would be invalid: {problems[0].validation_message}"
        )
    try:
        write_file(doc, out_path, validate=False)
    except OSError as exc:
        raise SpdxDocumentError(f"{out_path}: cannot write: {exc.strerror or exc}") from exc
