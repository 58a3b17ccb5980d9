"""The engine behind the public API: inputs in, judged Results out.

* :mod:`.texts`: a license text or an identifier string;
* :mod:`.files`: a path (file or folder) dispatched by what it holds;
* :mod:`.tree`: a whole folder, walked, with its summary;
* :mod:`.packages`: installed distributions and manifests, declared versus found;
* :mod:`.models`: model repositories (Hugging Face cache, ``hf:org/name``);
* :mod:`.cards`: model cards; :mod:`.spdx`: SPDX documents.

A new input format gets a reader in :mod:`licenselens.readers` and a branch
in :func:`.files.classify_file`.
"""

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from ..knowledge.records import knowledge_base
from ..results import Result
from . import files, texts
from .texts import MAX_TEXT_CHARS
from .tree import ScanOptions

T = TypeVar("T")


def stamp(out: T) -> T:
    """``out`` with the reference data's version written on every Result in it (a
    Result, a list of them, or a tuple whose first item is such a list)."""
    found = out[0] if isinstance(out, tuple) else out
    version = knowledge_base().data_version
    for r in found if isinstance(found, list) else [found]:
        if isinstance(r, Result):
            r.data_version = version
    return out


def _stamped(fn: Callable[..., T]) -> Callable[..., T]:
    """``fn`` with the reference data's version written on every Result it returns."""
    @wraps(fn)
    def run(*args: object, **kwargs: object) -> T:
        return stamp(fn(*args, **kwargs))
    return run


classify_file = _stamped(files.classify_file)
classify_file_safely = _stamped(files.classify_file_safely)
classify_one = _stamped(files.classify_one)
classify_packages = _stamped(files.classify_packages)
classify_path = _stamped(files.classify_path)
classify_text = _stamped(texts.classify_text)
identify = _stamped(texts.identify)

__all__ = ["MAX_TEXT_CHARS", "ScanOptions", "classify_file", "classify_file_safely",
           "classify_one", "classify_packages", "classify_path", "classify_text", "identify",
           "stamp"]
