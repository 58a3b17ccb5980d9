"""The engine behind the public API: inputs in, judged Results out.

* :mod:`.texts`: a license text or an identifier string;
* :mod:`.files`: a path (file or folder) dispatched by what it holds;
* :mod:`.cards`: model cards; :mod:`.spdx`: SPDX documents.

A new input format gets a reader in :mod:`licenselens.readers` and a branch
in :func:`.files.classify_file`.
"""

from .files import classify_file, classify_one, classify_path
from .texts import MAX_TEXT_CHARS, classify_text, identify

__all__ = ["MAX_TEXT_CHARS", "classify_file", "classify_one", "classify_path", "classify_text",
           "identify"]
