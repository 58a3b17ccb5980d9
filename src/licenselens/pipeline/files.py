"""What a path holds: one file (license text, model card, SPDX document), a
folder (walked by :mod:`.tree`), an installed environment or a model repository.
This is the dispatcher behind ``licenselens classify`` and :func:`licenselens.classify`.

A file that cannot be read or understood inside a folder gives a result of
``kind: error`` with a one-line reason (:func:`classify_file_safely`): a scan never stops.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError, LicenselensError
from ..judge.combine import combine
from ..judge.policy import Policy
from ..readers.files import DEFAULT_MAX_BYTES, read_text
from ..readers.kinds import MANIFEST_NAMES, SPDX_NAME
from ..readers.manifests import read_manifest
from ..readers.modelcard import has_front_matter, license_section
from ..readers.packages import read_distribution
from ..readers.spdxdoc import SpdxDocumentError, looks_like_spdx
from ..results import Result
from .cards import classify_model_card
from .models import classify_hub_model
from .packages import package_result, package_results
from .spdx import classify_spdx
from .texts import classify_text
from .tree import ScanOptions, classify_tree


def classify_path(
    path: str | Path, *, policy: Policy | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool = False, scan: ScanOptions | None = None,
) -> list[Result]:
    """Every result for one path: a file's result(s), or a folder's files plus a summary.

    ``hf:org/name`` reads a Hugging Face model (the ``hub`` extra).  Raises
    :class:`InputError` when the path itself cannot be read at all.
    """
    text = str(path)
    if text == "" or not text.strip():
        raise InputError(repr(text), "empty path")
    def judge(f: Path, shown: str) -> list[Result]:
        return classify_file_safely(f, shown, policy=policy, max_bytes=max_bytes)

    if isinstance(path, str) and text.startswith("hf:"):
        return [classify_hub_model(text, judge=judge, policy=policy)]
    p = Path(path)
    if not p.exists() and not p.is_symlink():
        raise InputError(text, "no such file or folder")
    if p.is_dir():
        return classify_tree(p, text, judge=judge, policy=policy, max_bytes=max_bytes,
                             progress=progress, scan=scan)
    return classify_file(p, text, policy=policy, max_bytes=max_bytes)


def classify_packages(
    path: str | Path | None, *, policy: Policy | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> tuple[list[Result], list[str]]:
    """One ``package`` result per distribution or manifest at ``path`` (``None``: the
    running interpreter's environment), declared versus found; and general warnings."""
    def judge(f: Path, shown: str) -> list[Result]:
        return classify_file_safely(f, shown, policy=policy, max_bytes=max_bytes)

    return package_results(path, judge=judge, policy=policy)


def classify_one(
    path: str | Path, *, policy: Policy | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
    scan: ScanOptions | None = None,
) -> Result:
    """One result for a path: the file's, or the folder's summary (files in ``extra``)."""
    results = classify_path(path, policy=policy, max_bytes=max_bytes, scan=scan)
    if len(results) == 1:
        return results[0]
    summary = results[-1]
    if summary.kind == "folder":
        summary.extra.setdefault("files", [r.to_dict() for r in results[:-1]])
        return summary
    return combine(results, source=str(path), kind=results[0].kind, policy=policy)


def classify_file_safely(
    p: Path, source: str, *, policy: Policy | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[Result]:
    """:func:`classify_file`, except that nothing escapes: a file that cannot be read or
    understood gives one ``kind: error`` result with a one-line reason."""
    try:
        return classify_file(p, source, policy=policy, max_bytes=max_bytes)
    except InputError as exc:
        return [Result.error(source, exc.reason)]
    except LicenselensError as exc:
        return [Result.error(source, _one_line(str(exc)))]
    except RecursionError:
        return [Result.error(source, "nested too deeply to be read")]
    except Exception as exc:  # noqa: BLE001 - one bad file must not end a scan
        return [Result.error(source, f"could not be understood ({type(exc).__name__}: "
                                     f"{_one_line(str(exc))})")]


def _one_line(text: str, limit: int = 200) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 3] + "..."


def classify_file(
    p: Path, source: str, *, policy: Policy | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[Result]:
    """The result(s) of one file: several for an SPDX document (one per package); a
    manifest or a distribution's METADATA gives its package's result."""
    if p.name in MANIFEST_NAMES or p.name in ("METADATA", "PKG-INFO"):
        def judge(f: Path, shown: str) -> list[Result]:
            return classify_file_safely(f, shown, policy=policy, max_bytes=max_bytes)

        if p.name in MANIFEST_NAMES:
            pkg = read_manifest(p)
        else:
            pkg = read_distribution(p.parent if p.parent.name.endswith(
                (".dist-info", ".egg-info")) else p)
        return [package_result(pkg, source, judge=judge, policy=policy)]
    decoded = read_text(p, max_bytes=max_bytes)
    warnings = list(decoded.warnings)
    if decoded.is_binary:
        return [Result.unknown(source, "text", warnings)]
    text = decoded.text
    if looks_like_spdx(text):
        if any("larger than the limit" in w for w in warnings):
            return [Result.unknown(source, "spdx-document", warnings + [
                f"{source}: SPDX document larger than the size limit: not parsed "
                "(raise --max-bytes to read it)"])]
        try:
            return classify_spdx(p, source, policy, warnings)
        except SpdxDocumentError as exc:
            return [Result.error(source, _one_line(str(exc).removeprefix(f"{p}: ")),
                                 warnings)]
    if SPDX_NAME.match(p.name):  # named as an SPDX document, but is not one: no prose reading
        return [Result.error(source, "not an SPDX document (no spdxVersion): not read as "
                                     "license text", warnings)]
    if has_front_matter(text) and p.suffix.lower() in (".md", ".markdown", ""):
        return [classify_model_card(text, source, policy, warnings, path=p,
                                     max_bytes=max_bytes)]
    if p.name.lower() == "readme.md":
        section, _ = license_section(text)
        if section:
            r = classify_text(section, source=source, kind="text", policy=policy,
                              warnings=warnings + [f"{source}: read its License section"])
            return [r]
        return [Result.unknown(source, "text", warnings + ["README without a License section"])]
    return [classify_text(text, source=source, kind="text", policy=policy, warnings=warnings)]
