"""Reading one file: bounded in size, any encoding, never blocking on special files."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..errors import InputError, OptionError
from .decode import Decoded, decode_bytes

DEFAULT_MAX_BYTES = 5_000_000


def read_text(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Decoded:
    """Read and decode at most ``max_bytes`` of a file (warns when it is cut).

    Raises :class:`InputError` for an empty, missing, unreadable or
    non-regular path (a FIFO or device would block or never end; it is never
    opened) and :class:`OptionError` for a size limit below 1 byte.
    """
    source = str(path)
    if not isinstance(max_bytes, int) or isinstance(max_bytes, bool) or max_bytes < 1:
        raise OptionError(f"invalid size limit {max_bytes!r}: max_bytes must be a whole number "
                          "of at least 1 byte")
    if source == "":
        raise InputError("''", "empty path")
    try:
        st = os.stat(path)
        if stat.S_ISDIR(st.st_mode):
            raise InputError(source, "is a folder")
        if not stat.S_ISREG(st.st_mode):
            raise InputError(source, "not a regular file (pipe, socket or device): not read")
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            data = fh.read(max_bytes + 1)
    except InputError:
        raise
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
    decoded = decode_bytes(data, source, truncated=truncated)
    if truncated:
        decoded.warnings.append(
            f"{source}: {max(size, len(data) + 1)} bytes, larger than the limit of {max_bytes}: "
            "read up to the limit"
        )
    return decoded
