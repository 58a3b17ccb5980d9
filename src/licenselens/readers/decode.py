"""Bytes to text: BOMs, UTF-8, legacy and CJK encodings, mojibake repair, binary detection.

>>> decode_bytes("Lizenz für alle".encode("utf-16"), "x").text
'Lizenz für alle'
>>> decode_bytes("caf\\u00e9".encode("utf-8").decode("cp1252").encode("utf-8"), "x").text
'café'
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: typical sequences left when UTF-8 was decoded as cp1252 / Latin-1
_MOJIBAKE = re.compile("[\u00c2\u00c3][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u017d\u017e\u0178\u02c6\u02dc]|\u00e2\u20ac[\u0090-\u00bf\u2018-\u203a\u0153\u009d\u2122]")


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)
    is_binary: bool = False


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(sample) > 0.1


def repair_mojibake(text: str) -> str | None:
    """Text that was UTF-8 decoded as cp1252/Latin-1, repaired; None if not mojibake."""
    if not _MOJIBAKE.search(text):
        return None
    for enc in ("cp1252", "latin-1"):
        try:
            fixed = text.encode(enc).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if len(_MOJIBAKE.findall(fixed)) < len(_MOJIBAKE.findall(text)):
            return fixed
    return None


def decode_bytes(data: bytes, source: str) -> Decoded:
    """Decode a file's bytes; never raises for bad bytes."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = data[len(bom):].decode(enc, errors="replace")
            warnings = [f"{source}: invalid {enc} bytes were replaced"] if "\ufffd" in text else []
            return Decoded(text, enc, warnings)
    if _looks_binary(data):
        return Decoded("", "binary", [f"{source}: binary file, not a license text"], True)
    try:
        text = data.decode("utf-8")
        fixed = repair_mojibake(text)
        if fixed is not None:
            return Decoded(fixed, "utf-8", [f"{source}: repaired mojibake (UTF-8 that had been "
                                            "decoded as cp1252/Latin-1)"])
        return Decoded(text, "utf-8")
    except UnicodeDecodeError:
        pass
    warnings: list[str] = []
    high = sum(1 for b in data[:65536] if b >= 0x80) / max(1, min(len(data), 65536))
    if high < 0.15:
        # Western text: a few accented letters among ASCII; cp1252 (Latin-1 for its gaps)
        try:
            return Decoded(data.decode("cp1252"), "cp1252", [f"{source}: decoded as cp1252"])
        except UnicodeDecodeError:
            return Decoded(data.decode("latin-1"), "latin-1", [f"{source}: decoded as latin-1"])
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
    except Exception:  # noqa: BLE001 - a detector failure must not stop the scan
        best = None
    if best is not None and best.encoding:
        enc = best.encoding
        text = data.decode(enc, errors="replace")
        if enc.replace("_", "-") not in ("ascii", "utf-8"):
            warnings.append(f"{source}: decoded as {enc}")
        return Decoded(text, enc, warnings)
    text = data.decode("cp1252", errors="replace")
    return Decoded(text, "cp1252", [f"{source}: undetermined encoding, read as cp1252"])
