"""Bytes to text: BOMs, UTF-8, legacy and CJK encodings, mojibake repair, binary detection.

>>> decode_bytes("Lizenz für alle".encode("utf-16"), "x").text
'Lizenz für alle'
>>> decode_bytes("caf\\u00e9".encode("utf-8").decode("cp1252").encode("utf-8"), "x").text
'café'
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from .. import lazyre

_BOMS: tuple[tuple[bytes, str, int], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", 4),
    (codecs.BOM_UTF32_BE, "utf-32-be", 4),
    (codecs.BOM_UTF8, "utf-8", 1),
    (codecs.BOM_UTF16_LE, "utf-16-le", 2),
    (codecs.BOM_UTF16_BE, "utf-16-be", 2),
)
#: characters cp1252 puts at 0x80-0x9f (Latin-1 leaves C1 controls there)
_CP1252_HIGH = "\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d" \
    "\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178"
_CONT = "\u0080-\u00bf" + _CP1252_HIGH  # what a UTF-8 continuation byte turns into
#: typical sequences left when UTF-8 was decoded as cp1252 / Latin-1:
#: a lead byte (0xC2-0xF4 read as Â..ô) followed by continuation-byte characters
_MOJIBAKE = lazyre.compile(
    f"[\u00c2-\u00df][{_CONT}]|[\u00e0-\u00ef][{_CONT}]{{2}}|[\u00f0-\u00f4][{_CONT}]{{3}}"
)
#: a run of characters that could all be cp1252/Latin-1 renderings of UTF-8 bytes
_RUN = lazyre.compile(f"[\u00c2-\u00f4][{_CONT}\u00c0-\u00ff]*")

#: control bytes that text does not hold (tab, newlines, form feed and escape it may)
_CONTROLS = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))

#: magic numbers of common binary formats (named in the warning)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"), (b"PK\x03\x04", "ZIP"), (b"\x89PNG", "PNG"), (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"), (b"\x7fELF", "ELF"), (b"\x1f\x8b", "gzip"), (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"), (b"7z\xbc\xaf", "7z"), (b"\xd0\xcf\x11\xe0", "MS Office"),
    (b"{\\rtf", "RTF"),
)


@dataclass
class Decoded:
    """A decoded file: its text, the encoding used, what was noticed."""

    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)
    is_binary: bool = False


def _binary_kind(data: bytes) -> str | None:
    """The binary format's name ('binary' when unnamed), or None for text."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    sample = data[:8192]
    if not sample:
        return None
    if b"\x00" in sample:
        return "binary"
    controls = len(sample) - len(sample.translate(None, _CONTROLS))
    return "binary" if controls / len(sample) > 0.1 else None


def _bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' for mostly-ASCII UTF-16 written without a BOM."""
    sample = data[:8192]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) <= 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) <= 0.05 * len(odd):
        return "utf-16-be"
    return None


def _as_bytes(text: str) -> bytes:
    """Undo a cp1252 decoding (Latin-1 for the five bytes cp1252 leaves undefined)."""
    try:
        return text.encode("cp1252")
    except UnicodeEncodeError:
        pass
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                raise
            out.append(ord(ch))
    return bytes(out)


def _fix_run(run: str) -> str:
    try:
        return _as_bytes(run).decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return run


def repair_mojibake(text: str) -> str | None:
    """Text that was UTF-8 decoded as cp1252/Latin-1, repaired; None if not mojibake.

    The whole text is re-decoded when it can be; otherwise each run of suspect
    characters is (so a file mixing correct accents and mojibake is repaired too).
    """
    if text.isascii():
        return None
    before = len(_MOJIBAKE.findall(text))
    if not before:
        return None
    try:
        fixed = _as_bytes(text).decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        pass
    else:
        if len(_MOJIBAKE.findall(fixed)) < before:
            return fixed
    fixed = _RUN.sub(lambda m: _fix_run(m.group(0)) if _MOJIBAKE.search(m.group(0))
                     else m.group(0), text)
    return fixed if len(_MOJIBAKE.findall(fixed)) < before else None


def _utf8(data: bytes, truncated: bool) -> str:
    """Strict UTF-8; a sequence cut by the size limit at the very end is dropped."""
    if not truncated:
        return data.decode("utf-8")
    return codecs.getincrementaldecoder("utf-8")().decode(data, final=False)


def decode_bytes(data: bytes, source: str, *, truncated: bool = False) -> Decoded:
    """Decode a file's bytes; never raises for bad bytes.

    ``truncated`` says the bytes were cut at a size limit, so a character
    split at the end is not evidence of a wrong encoding.
    """
    for bom, enc, unit in _BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            if truncated:
                body = body[: len(body) - len(body) % unit]
                if unit == 1:
                    body = _utf8(body, True).encode("utf-8", errors="surrogatepass")
            text = body.decode(enc, errors="replace")
            warnings = [f"{source}: invalid {enc} bytes were replaced"] if "\ufffd" in text else []
            return Decoded(text, enc, warnings)
    kind = _binary_kind(data)
    if kind is not None:
        enc16 = _bomless_utf16(data) if kind == "binary" else None
        if enc16 is None:
            what = "binary file" if kind == "binary" else f"binary file ({kind})"
            return Decoded("", "binary", [f"{source}: {what}, not a license text"], True)
        body = data[: len(data) - len(data) % 2]
        return Decoded(body.decode(enc16, errors="replace"), enc16,
                       [f"{source}: read as {enc16} (no byte-order mark)"])
    try:
        text = _utf8(data, truncated)
    except UnicodeDecodeError:
        pass
    else:
        fixed = repair_mojibake(text)
        if fixed is not None:
            return Decoded(fixed, "utf-8", [f"{source}: repaired mojibake (UTF-8 that had been "
                                            "decoded as cp1252/Latin-1)"])
        return Decoded(text, "utf-8")
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
        warnings: list[str] = []
        if enc.replace("_", "-") not in ("ascii", "utf-8"):
            warnings.append(f"{source}: decoded as {enc}")
        return Decoded(text, enc, warnings)
    text = data.decode("cp1252", errors="replace")
    return Decoded(text, "cp1252", [f"{source}: undetermined encoding, read as cp1252"])
