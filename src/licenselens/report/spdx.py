"""An SPDX 2.3 document of what licenselens found (``classify --spdx-out``).

Written through spdx-tools and validated before it is written.
"""

from __future__ import annotations

import hashlib
import os
import re
from datetime import datetime, timezone
from pathlib import Path

from .._version import __version__
from ..errors import LicenselensError
from ..readers.files import read_text
from ..readers.spdxdoc import SpdxDocumentError
from ..results import Result


def _common_base(paths: list[Path]) -> Path:
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


_REF = re.compile(r"LicenseRef-[^\s()]+")
MAX_EXTRACTED_CHARS = 1_000_000


def spdx_ref(license_id: str) -> str:
    """A ``LicenseRef-`` id made valid for SPDX (letters, digits, ``.`` and ``-`` only)."""
    return "LicenseRef-" + re.sub(r"[^A-Za-z0-9.-]", "-", license_id[len("LicenseRef-"):])


def _sha1(path: Path, fallback: str) -> str:
    h = hashlib.sha1()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return hashlib.sha1(fallback.encode()).hexdigest()
    return h.hexdigest()


def _file_text(path: Path) -> str | None:
    """The text of a scanned license file, for an ExtractedLicensingInfo entry."""
    try:
        decoded = read_text(path, max_bytes=MAX_EXTRACTED_CHARS)
    except LicenselensError:
        return None
    text = decoded.text.strip()
    return text if text and not decoded.is_binary else None


def _created() -> datetime:
    """Now, or ``SOURCE_DATE_EPOCH`` when set (reproducible documents)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc)
    return datetime.now(timezone.utc).replace(microsecond=0)


def write_spdx_document(results: list[Result], out_path: str) -> None:
    """Write an SPDX 2.3 JSON document recording each file found and its license.

    Each file is a ``File`` with its SHA-1 and concluded license; a license
    SPDX does not list (``LicenseRef-``) gets an ``ExtractedLicensingInfo``
    entry holding the scanned file's text when the file is that license's
    text, else a note naming it.  The document is validated before writing;
    :class:`SpdxDocumentError` when it would be invalid or cannot be written.
    """
    from license_expression import ExpressionError, get_spdx_licensing
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
    from spdx_tools.spdx.writer.json.json_writer import write_document_to_file


    licensing = get_spdx_licensing()
    by_path: dict[str, list[Result]] = {}
    for r in results:
        if r.kind == "folder":
            continue
        by_path.setdefault(r.input.split("#", 1)[0], []).append(r)
    base = _common_base([Path(k) for k in by_path])
    files = []
    extracted: dict[str, ExtractedLicensingInfo] = {}
    with_text: set[str] = set()
    seen_ids: set[str] = set()

    def add_extracted(ref: str, name: str, text: str | None) -> None:
        if ref in extracted and (text is None or ref in with_text):
            return
        if text is not None:
            with_text.add(ref)
        extracted[ref] = ExtractedLicensingInfo(
            license_id=ref,
            extracted_text=text or f"{name}: not on the SPDX License List; identified by "
            "licenselens (its text is not reproduced here).",
            license_name=name,
        )

    for key, group in by_path.items():
        path = Path(key)
        rel = _relative(path, base)
        stem = re.sub(r"[^A-Za-z0-9.-]", "-", rel)[-60:] or "file"
        spdx_id = f"SPDXRef-File-{stem}"
        n = 1
        while spdx_id in seen_ids:
            n += 1
            spdx_id = f"SPDXRef-File-{stem}-{n}"
        seen_ids.add(spdx_id)
        exprs: list[str] = []
        comments: list[str] = []
        for r in group:
            names = {lic.id: lic.name for lic in (r.licenses or ([r.license] if r.license else []))}
            single_text = r.kind == "text" and path.is_file()
            expr = r.expression
            if expr is None and r.tier not in ("unknown",) and r.kind == "text" and path.is_file():
                # read from its clauses: the file's own terms, under an id of ours
                expr = f"LicenseRef-licenselens-unidentified-{_sha1(path, key)[:12]}"
                add_extracted(expr, f"unidentified terms in {rel}", _file_text(path))
            comments.append(f"tier {r.tier}, matched by {r.matched_by}")
            if expr is None:
                continue
            for old in _REF.findall(expr):
                ref = spdx_ref(old)
                expr = expr.replace(old, ref)
                only = single_text and len(names) == 1
                add_extracted(ref, names.get(old, old), _file_text(path) if only else None)
            exprs.append(expr)
        uniq = list(dict.fromkeys(exprs))
        concluded: object = SpdxNoAssertion()
        if uniq:
            joined = " AND ".join(f"({e})" if len(uniq) > 1 and " " in e else e for e in uniq)
            try:
                concluded = licensing.parse(joined)
            except ExpressionError as exc:
                raise SpdxDocumentError(f"{out_path}: cannot record {joined!r}: {exc}") from exc
        files.append(File(
            name=f"./{rel}", spdx_id=spdx_id,
            checksums=[Checksum(ChecksumAlgorithm.SHA1, _sha1(path, key))],
            license_concluded=concluded,
            license_comment="licenselens: " + "; ".join(dict.fromkeys(comments or ["no license"])),
        ))
    stamp = hashlib.sha1("\n".join(r.input for r in results).encode()).hexdigest()[:16]
    info = CreationInfo(
        spdx_version="SPDX-2.3", spdx_id="SPDXRef-DOCUMENT", name="licenselens-scan",
        document_namespace=f"https://spdx.org/spdxdocs/licenselens-{stamp}",
        creators=[Actor(ActorType.TOOL, f"licenselens-{__version__}")],
        created=_created(),
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
        write_document_to_file(doc, out_path, validate=False)  # JSON whatever the suffix
    except OSError as exc:
        raise SpdxDocumentError(f"{out_path}: cannot write: {exc.strerror or exc}") from exc
