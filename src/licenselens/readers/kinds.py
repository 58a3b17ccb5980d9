"""What a file in a tree is, by its name and place: the vocabulary of the readers.

A found file has a *role* (what it holds) and a *scope* (whose it is):

========================  ====================================================
role                      the file
========================  ====================================================
``license``               a license text (LICENSE, COPYING, LICENSES/MIT.txt,
                          ``*.dist-info/licenses/**``, USE_POLICY, EULA ...)
``notice``                a notice or copyright file (NOTICE, COPYRIGHT,
                          THIRD-PARTY-NOTICES ...)
``model-card``            a model card (README.md with YAML front matter, or
                          the tree's top README.md)
``spdx-document``         an SPDX document (``*.spdx``, ``*.spdx.json`` ...)
``package-metadata``      a manifest or installed metadata (pyproject.toml,
                          package.json, Cargo.toml, dist-info METADATA,
                          PKG-INFO)
``source``                any other text file with ``SPDX-License-Identifier``
                          headers (only when headers are read)
========================  ====================================================

Scopes: ``root`` (the tree's own top-level license information: files at the
top, the top ``LICENSES/`` folder), ``project`` (deeper in the project's own
files, e.g. ``docs/LICENSE``) and ``third-party`` (inside a vendored folder,
a nested package folder, an installed distribution or a model repository;
its ``component`` names which one).

>>> name_role("LICENSE-MIT"), name_role("NOTICE.txt"), name_role("setup.py")
('license', 'notice', None)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .. import lazyre

ROLES = ("license", "notice", "model-card", "spdx-document", "package-metadata", "source")
SCOPES = ("root", "project", "third-party")
#: what a third-party component is
COMPONENT_KINDS = ("vendored", "package", "distribution", "model")

LICENSE_NAME = lazyre.compile(
    r"^(licen[cs]es?|copying|unlicen[cs]e|model[_-]?licen[cs]e|use[_-]?policy|"
    r"acceptable[_-]?use[_-]?policy|legal|eula|terms([_-]of[_-]use)?)([._-].*)?$"
    r"|.*\.licen[cs]e$|^[\w.+]+[_-]licen[cs]es?(\.(txt|md|rst|html?))?$",
    re.IGNORECASE,
)
NOTICE_NAME = lazyre.compile(
    r"^(notices?|copyrights?|third[_-]?party[_-]?notices?|third[_-]?party[_-]?licen[cs]es?|"
    r"attributions?)([._-].*)?$",
    re.IGNORECASE,
)
#: SPDX documents (SBOMs) by their conventional names
SPDX_NAME = lazyre.compile(r".*\.spdx(\.(json|ya?ml|rdf|xml|rdf\.xml|tv|txt))?$", re.IGNORECASE)
#: project manifests read by :mod:`licenselens.readers.manifests`
MANIFEST_NAMES = frozenset({"pyproject.toml", "package.json", "Cargo.toml"})
#: files whose presence makes a folder a package of its own
PACKAGE_MARKERS = frozenset(MANIFEST_NAMES | {"setup.py", "setup.cfg", "go.mod", "pom.xml",
                                              "composer.json", "build.gradle",
                                              "build.gradle.kts"})
#: a file named like a license but holding code or data of the project
NOT_TEXT = lazyre.compile(
    r"\.(py|pyc|pyi|js|mjs|ts|tsx|jsx|go|rs|java|kt|c|h|cc|cpp|hpp|cs|rb|php|pl|sh|bat|ps1|"
    r"swift|scala|lua|r|jl|css|scss|svg|png|jpe?g|gif|ico|bin|safetensors|pt|pth|onnx|gguf|"
    r"zip|gz|tar|whl|so|dll|dylib|exe|o|a|class|jar|lock|toml|cfg|ini)$",
    re.IGNORECASE,
)
#: never opened for headers: binary formats by extension
BINARY_EXT = lazyre.compile(
    r"\.(pyc|pyo|png|jpe?g|gif|ico|webp|bmp|tiff?|pdf|zip|gz|tgz|bz2|xz|7z|tar|whl|egg|jar|"
    r"so|dll|dylib|exe|o|a|lib|class|bin|safetensors|pt|pth|onnx|gguf|ckpt|h5|npy|npz|pkl|"
    r"parquet|arrow|mo|woff2?|ttf|otf|eot|mp[34]|wav|ogg|avi|mov|db|sqlite3?)$",
    re.IGNORECASE,
)
#: folders skipped by default: version control, build output, caches, environments
SKIP_DIRS = frozenset({
    ".git", ".hg", ".svn", ".bzr", "CVS", "_darcs", ".jj", ".pijul",
    "build", "dist", "target", "node_modules", "bower_components", "__pycache__", ".tox",
    ".nox", ".eggs", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".hypothesis",
    ".gradle", ".next", ".nuxt", ".terraform", ".cache", ".locks", ".venv", ".idea", ".vscode",
    "site-packages", "dist-packages",
})
#: folders whose children are other people's code
VENDOR_DIRS = frozenset({"third_party", "third-party", "thirdparty", "3rdparty", "3rd_party",
                         "3rd-party", "vendor", "vendors", "vendored", "_vendor", "external",
                         "externals", "extern", "bundled"})
#: a folder of license texts (REUSE ``LICENSES/``, ``*.dist-info/licenses/``)
LICENSES_DIR = lazyre.compile(r"^licen[cs]es?$", re.IGNORECASE)
DIST_INFO = lazyre.compile(r"^(?P<name>[^-]+(?:-[^-]+)*?)(?:-(?P<version>[^-]*\d[^-]*))?"
                       r"\.(?P<kind>dist-info|egg-info)$")


@dataclass(frozen=True)
class SpdxTag:
    """One ``SPDX-License-Identifier:`` tag: its expression as written and where it is.

    ``line`` counts from 1; ``start``/``end`` are character offsets of the
    expression in the text read.  ``truncated`` says the tag was longer than
    the limit and ``expression`` holds only its beginning.
    """

    expression: str
    line: int
    start: int
    end: int
    truncated: bool = False


@dataclass(frozen=True)
class FoundFile:
    """A file the walk found, with what it holds and whose it is.

    ``path`` is the path to open (under the walked root; for a Hugging Face
    cache it is the snapshot's link); ``relpath`` is its POSIX path relative
    to the root.  ``component`` names the third-party component (a vendored
    folder, nested package, distribution, or ``org/name`` model) and
    ``component_kind`` says which of :data:`COMPONENT_KINDS` it is.
    ``tags`` holds the SPDX header tags read (role ``source``).
    """

    path: Path
    relpath: str
    role: str
    scope: str = "root"
    component: str | None = None
    component_kind: str | None = None
    tags: tuple[SpdxTag, ...] = ()

    @property
    def is_root_license(self) -> bool:
        """True for the tree's own top-level license or notice text."""
        return self.scope == "root" and self.role in ("license", "notice")


@dataclass(frozen=True)
class SkippedFile:
    """A license-bearing file that was found but could not be read, and why.

    Nothing may be concluded from its absence: a result built without it is
    incomplete (the license may be in it).
    """

    relpath: str
    role: str
    reason: str
    component: str | None = None


@dataclass
class Findings:
    """Files, skipped files and warnings gathered by a reader of several files."""

    files: list[FoundFile] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def name_role(name: str, *, in_licenses_dir: bool = False) -> str | None:
    """The role a file name alone gives (``None`` when the name says nothing).

    ``in_licenses_dir``: the file sits in a folder of license texts, where
    every text file is a license (REUSE ``LICENSES/MIT.txt``).
    """
    if SPDX_NAME.match(name):
        return "spdx-document"
    if name in MANIFEST_NAMES:
        return "package-metadata"
    if NOT_TEXT.search(name):
        return None
    if NOTICE_NAME.match(name):
        return "notice"
    if LICENSE_NAME.match(name):
        return "license"
    if in_licenses_dir and not re.search(r"\.(ya?ml|json|py|html?)$", name, re.IGNORECASE):
        return "license"
    return None


def dist_info_name(folder_name: str) -> tuple[str, str | None] | None:
    """(name, version) of a ``name-version.dist-info`` / ``.egg-info`` folder name, or None."""
    m = DIST_INFO.match(folder_name)
    if not m:
        return None
    return m.group("name"), m.group("version")
