"""Reading one file: bounded in size, any encoding."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import InputError
from .decode import Decoded, decode_bytes

DEFAULT_MAX_BYTES = 5_000_000


def read_text(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Decoded:
    """Read and decode at most ``max_bytes`` of a file (warns when it is cut)."""
    p = Path(path)
    source = str(path)
    try:
        with open(p, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            data = fh.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise InputError(source, "no such file or folder") from exc
    except IsADirectoryError as exc:
        raise InputError(source, "is a folder") from exc
    except PermissionError as exc:
        raise InputError(source, "permission denied") from exc
    except OSError as exc:
        raise InputError(source, exc.strerror or str(exc)) from exc
    truncated = len(data) > max_bytes
    data = data[:max_bytes]
    decoded = decode_bytes(data, source)
    if truncated:
        decoded.warnings.append(
            f"{source}: {size} bytes, larger than the limit of {max_bytes}: read up to the limit"
        )
    return decoded
