"""Where shipped data is found: one function for each kind, nothing else looks.

* :func:`data_path`: files shipped inside the package (``licenselens/data/``);
* :func:`records_dir`: the curated records.  They live in the repository's
  top-level ``licenses/`` folder and travel in the wheel as
  ``licenselens/data/records/`` (``pyproject.toml``, force-include); a source
  checkout or an editable install reads the top-level folder itself.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

#: the repository root, for a source checkout or an editable install
_REPO = Path(__file__).resolve().parents[3]


def data_path(name: str) -> Path:
    """A file or folder shipped in ``licenselens/data/``."""
    return Path(str(files("licenselens") / "data" / name))


def records_dir() -> Path:
    """The folder of curated records (``*.yaml``)."""
    shipped = data_path("records")
    return shipped if shipped.is_dir() else _REPO / "licenses"
