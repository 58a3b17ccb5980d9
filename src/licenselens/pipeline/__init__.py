"""The engine behind the public API: inputs in, judged Results out.

* :mod:`.texts`: a license text or an identifier string;
* :mod:`.files`: a path (file or folder) dispatched by what it holds;
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

T = TypeVar("T", Result, list[Result])


def _stamped(fn: Callable[..., T]) -> Callable[..., T]:
    """``fn`` with the reference data's version written on every Result it returns."""
    @wraps(fn)
    def run(*args: object, **kwargs: object) -> T:
        out = fn(*args, **kwargs)
        version = knowledge_base().data_version
        for r in out if isinstance(out, list) else [out]:
            r.data_version = version
        return out
    return run


classify_file = _stamped(files.classify_file)
classify_one = _stamped(files.classify_one)
classify_path = _stamped(files.classify_path)
classify_text = _stamped(texts.classify_text)
identify = _stamped(texts.identify)

__all__ = ["MAX_TEXT_CHARS", "classify_file", "classify_one", "classify_path", "classify_text",
           "identify"]
