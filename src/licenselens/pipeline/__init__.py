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

from .files import (
    classify_file,
    classify_file_safely,
    classify_one,
    classify_packages,
    classify_path,
)
from .texts import MAX_TEXT_CHARS, classify_text, identify
from .tree import ScanOptions

__all__ = ["MAX_TEXT_CHARS", "ScanOptions", "classify_file", "classify_file_safely",
           "classify_one", "classify_packages", "classify_path", "classify_text", "identify"]
