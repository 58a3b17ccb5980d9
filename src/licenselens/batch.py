"""Classifying many inputs: all cores, results in input order, memory flat.

:func:`classify_many` takes any iterable of paths (files or folders) or of
texts, never materialises it, and yields one :class:`~licenselens.results.Result`
after another in input order (the order and the results of
:func:`licenselens.classify_paths`, with a folder's files classified in
parallel and its summary after them).  With ``jobs > 1`` a process pool
classifies chunks of inputs; each worker loads the index once and the workers
share one work-once memo; a few chunks per worker are in flight, so memory
stays flat.  An input that fails (an unreadable path, a wrong type, a worker
that dies) becomes an *error result* (tier ``unknown``, ``"error"`` in its
JSON) and the stream goes on.

:class:`Classifier` is the same engine for one input at a time, made for
Dask and Spark (:mod:`licenselens.distributed`): it pickles as its settings
only (a few hundred bytes) and loads the index lazily in each process.

>>> import io
>>> out = io.StringIO()
>>> write_jsonl(classify_many(["MIT license text"], kind="text", jobs=1), out)
1
"""

from __future__ import annotations

import json
import os
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, count, islice
from pathlib import Path
from typing import IO, Any

from .errors import ArgumentError, InputError
from .judge.policy import Policy, load_policy
from .knowledge.records import knowledge_base
from .knowledge.refindex import reference_index
from .lazymod import LazyModule
from .pipeline import classify_file_safely, classify_one, classify_path, stamp
from .pipeline import classify_text as _classify_text
from .pipeline.texts import share_memo
from .pipeline.tree import ScanOptions, classify_tree, shown_path
from .pool import CHUNKS_PER_WORKER, WorkerError, run_pooled
from .readers.files import DEFAULT_MAX_BYTES
from .readers.walk import TreeWalk, walk
from .results import DIMENSIONS, Result

_tempfile, _shutil = LazyModule("tempfile"), LazyModule("shutil")  # for a pool's memo

#: at most this many inputs run in the calling process when ``jobs`` is not given
SMALL_INPUT = 1000
#: inputs sent to a worker at a time when ``chunksize`` is not given
DEFAULT_CHUNKSIZE = 16

#: the flat record of :meth:`Classifier.to_record`: column name and type (Spark DDL names)
RECORD_FIELDS: tuple[tuple[str, str], ...] = (
    ("input", "string"), ("kind", "string"), ("license_id", "string"),
    ("expression", "string"), ("osi_approved", "boolean"), ("tier", "string"),
    ("restricted_count", "bigint"),
    *((dim, "string") for dim in DIMENSIONS),
    ("matched_by", "string"), ("confidence", "double"), ("warnings", "string"),
    ("error", "string"),
)
_KINDS = ("path", "text")
__all__ = ["CHUNKS_PER_WORKER", "RECORD_FIELDS", "Classifier", "WorkerError", "classify_many",
           "default_jobs", "error_result", "is_error", "write_jsonl"]
_LOAD_LOCK = threading.Lock()
_LOADED = False


def error_result(source: str, message: str, kind: str = "text") -> Result:
    """The result of an input that could not be classified: tier ``unknown``,
    the reason in ``warnings`` and in ``extra["error"]`` (``"error"`` in its JSON)."""
    res = Result.unknown(source, kind, [message])
    res.extra["error"] = message
    return res


def is_error(result: Result) -> bool:
    """True for an :func:`error_result` (the input could not be read or classified)."""
    return "error" in result.extra


def _message(source: str, exc: BaseException) -> str:
    if isinstance(exc, InputError):
        return str(exc)
    return f"{source}: cannot classify: {type(exc).__name__}: {exc}"


class Classifier:
    """Classifies one text or path at a time, never raising for a bad input.

    It holds only its settings (policy, input kind, size limit), so it pickles
    small and can be shipped to Dask or Spark workers; the knowledge base and
    the reference index are loaded on first use, once per process.

    ``kind`` says what a ``str`` given to :meth:`__call__` is: a ``"path"``
    (file or folder) or a ``"text"``.  ``policy`` is a :class:`Policy`, the
    path of a policy YAML file (read here, once), or ``None`` for the default.
    """

    def __init__(self, policy: Policy | str | os.PathLike[str] | None = None, *,
                 kind: str = "path", max_bytes: int = DEFAULT_MAX_BYTES,
                 scan: ScanOptions | None = None) -> None:
        if kind not in _KINDS:
            raise ArgumentError(f"kind must be one of {_KINDS}, not {kind!r}")
        if isinstance(policy, (str, os.PathLike)):
            policy = load_policy(policy)
        if policy is not None and not isinstance(policy, Policy):
            raise ArgumentError(f"policy must be a Policy or a path, not {type(policy).__name__}")
        self.policy: Policy | None = policy
        self.kind = kind
        self.max_bytes = max_bytes
        self.scan = scan

    def __getstate__(self) -> dict[str, Any]:
        return {"policy": self.policy, "kind": self.kind, "max_bytes": self.max_bytes,
                "scan": self.scan}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    def __repr__(self) -> str:
        name = self.policy.name if self.policy else "default"
        return f"Classifier(policy={name!r}, kind={self.kind!r}, max_bytes={self.max_bytes})"

    def load(self) -> Classifier:
        """Load the knowledge base and the reference index in this process (once)."""
        global _LOADED
        if not _LOADED:
            with _LOAD_LOCK:  # Dask runs tasks in threads: one load per process
                knowledge_base()
                reference_index()
                _LOADED = True
        return self

    def classify_text(self, text: str, source: str = "<text>") -> Result:
        """The result of a license text (an error result when it is not a str)."""
        if not isinstance(text, str):
            return error_result(source, f"{source}: not a text but {type(text).__name__}")
        self.load()
        try:
            return _classify_text(text, source=source, policy=self.policy)
        except Exception as exc:  # noqa: BLE001 - one bad text never stops a batch
            return error_result(source, _message(source, exc))

    def classify_path(self, path: str | os.PathLike[str]) -> Result:
        """One result for a path, as :func:`licenselens.classify` (a folder's
        summary holds its files in ``extra["files"]``)."""
        return self._guard(path, lambda p: [classify_one(p, policy=self.policy,
                                                         max_bytes=self.max_bytes)])[0]

    def path_results(self, path: str | os.PathLike[str]) -> list[Result]:
        """Every result for a path, as :func:`licenselens.classify_paths` (a folder's
        files, then its summary)."""
        return self._guard(path, lambda p: classify_path(p, policy=self.policy,
                                                         max_bytes=self.max_bytes,
                                                         scan=self.scan))

    def _guard(self, path: object, run: Callable[[str], list[Result]]) -> list[Result]:
        if not isinstance(path, (str, os.PathLike)):
            return [error_result(str(path), f"{path!r}: not a path but {type(path).__name__}")]
        source = os.fspath(path)
        self.load()
        try:
            return run(source)
        except Exception as exc:  # noqa: BLE001 - one bad path never stops a batch
            return [error_result(str(source), _message(str(source), exc))]

    def __call__(self, item: str | os.PathLike[str], source: str | None = None) -> Result:
        """Classify ``item``: a path (any ``os.PathLike``, or a str when ``kind="path"``)
        or a text (a str when ``kind="text"``)."""
        if isinstance(item, os.PathLike) or self.kind == "path":
            return self.classify_path(item)
        return self.classify_text(item, "<text>" if source is None else source)

    @staticmethod
    def to_record(result: Result) -> dict[str, Any]:
        """The contract's fields, flat (one column each, see :data:`RECORD_FIELDS`):
        a verdict per dimension, warnings joined by newlines, ``error`` or None."""
        rec: dict[str, Any] = {
            "input": result.input, "kind": result.kind,
            "license_id": result.license.id if result.license else None,
            "expression": result.expression, "osi_approved": result.osi_approved,
            "tier": result.tier, "restricted_count": result.restricted_count,
        }
        for dim in DIMENSIONS:
            rec[dim] = result.restrictions[dim].verdict
        rec.update(matched_by=result.matched_by, confidence=round(float(result.confidence), 4),
                   warnings="\n".join(result.warnings), error=result.extra.get("error"))
        return rec


def write_jsonl(results: Iterable[Result], stream: IO[str], *, records: bool = False) -> int:
    """Write one JSON object per line (the contract's object, or the flat record with
    ``records=True``), flushing after each, as the results arrive; returns the count."""
    count = 0
    for res in results:
        obj = Classifier.to_record(res) if records else res.to_dict()
        stream.write(json.dumps(obj, ensure_ascii=False) + "\n")
        stream.flush()
        count += 1
    return count


# --- tasks: what one worker call does ------------------------------------------------

@dataclass
class _Task:
    op: str  # "path" | "text" | "file" (of a folder) | "end" (of a folder) | "error"
    value: Any
    source: str
    folder: int = -1
    index: int = 0


@dataclass
class _Folder:
    source: str
    tree: TreeWalk
    #: each file's results, by its path, as the workers return them
    found: dict[str, list[Result]] = field(default_factory=dict)
    files: int = 0
    ended: bool = False


#: the classifier of a worker process (set by :func:`_init_worker`)
_WORKER: Classifier | None = None


def _init_worker(classifier: Classifier, memo_folder: str | None = None) -> None:
    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    share_memo(memo_folder)  # a text one worker judged is not judged again by another
    _WORKER = classifier.load()


def _run(task: _Task, clf: Classifier) -> tuple[list[Result], str | None]:
    """A task's results and, for a folder's file that cannot be read, the warning."""
    if task.op == "text":
        return [clf.classify_text(task.value, task.source)], None
    if task.op == "path":
        return clf.path_results(task.value), None
    if task.op == "file":
        return classify_file_safely(Path(task.value), task.source, policy=clf.policy,
                                    max_bytes=clf.max_bytes), None
    if task.op == "error":
        return [error_result(task.source, task.value)], None
    return [], None  # "end": the folder's summary is made by the caller


def _run_chunk(chunk: list[_Task]) -> list[tuple[list[Result], str | None]]:
    assert _WORKER is not None, "worker not initialised"
    return [_run(t, _WORKER) for t in chunk]


def _tasks(items: Iterable[Any], kind: str, folders: dict[int, _Folder],
           scan: ScanOptions | None) -> Iterator[_Task]:
    ids = count()  # a folder's id (folders leave the dict when done: never reuse one)
    for n, item in enumerate(items):
        if isinstance(item, os.PathLike) or kind == "path":
            path = os.fspath(item) if isinstance(item, os.PathLike) else item
            if isinstance(path, str):
                yield from _path_tasks(path, folders, next(ids), scan or ScanOptions())
            else:
                yield _Task("error", f"item {n}: not a path but {type(path).__name__}",
                            f"<item {n}>")
        elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str):
            yield _Task("text", item[1], item[0])
        else:
            yield _Task("text", item, "<text>")


def _path_tasks(source: str, folders: dict[int, _Folder], fid: int,
                scan: ScanOptions) -> Iterator[_Task]:
    """A file is one task; a folder is walked here, each of its files is a task, and its
    end is a task after which its results are put together (:func:`_finish`)."""
    path = Path(source)
    if not source.strip():  # "" is no folder (Path("") is the current one)
        yield _Task("path", source, source)
        return
    try:
        tree = walk(path, max_files=scan.max_files, headers=scan.headers, include=scan.include,
                    exclude=scan.exclude, gitignore=scan.gitignore) if path.is_dir() else None
    except (OSError, RuntimeError, ValueError, InputError):
        tree = None  # the worker meets the same error and reports it
    if tree is None:
        yield _Task("path", source, source)
        return
    files = [f for f in tree.files if f.component_kind != "model"]
    folders[fid] = _Folder(source, tree, files=len(files))
    for i, f in enumerate(files):
        yield _Task("file", str(f.path), shown_path(source, f.relpath), fid, i)
    yield _Task("end", None, source, fid)


# --- running tasks ---------------------------------------------------------------------

Outcome = tuple[list[Result], "str | None"]


def _died(task: _Task, reason: str) -> Outcome:
    return [error_result(task.source, f"{task.source}: {reason}")], None


def _pooled(tasks: Iterator[_Task], clf: Classifier, jobs: int, chunksize: int,
            ordered: bool) -> Iterator[tuple[_Task, Outcome]]:
    """The pool's outcomes; its workers share a work-once memo (a folder of the run's)."""
    memo_folder = _tempfile.mkdtemp(prefix="licenselens-memo-")
    try:
        yield from run_pooled(tasks, jobs=jobs, chunksize=chunksize, ordered=ordered,
                              run_chunk=_run_chunk, initializer=_init_worker,
                              initargs=(clf, memo_folder), on_error=_died)
    finally:
        _shutil.rmtree(memo_folder, ignore_errors=True)


def _finish(outcomes: Iterator[tuple[_Task, Outcome]], folders: dict[int, _Folder],
            clf: Classifier) -> Iterator[Result]:
    """Results in order; a folder's are put together, when every file of it is done, by
    the same code as a scan in one process (``classify_tree``) with the files' results
    the workers gave."""
    for task, (results, _warning) in outcomes:
        if task.folder < 0:
            yield from results
            continue
        folder = folders[task.folder]
        if task.op == "end":
            folder.ended = True
        else:
            folder.found[task.value] = results
        if folder.ended and len(folder.found) == folder.files:
            yield from _folder_results(folder, clf)
            del folders[task.folder]


def _folder_results(folder: _Folder, clf: Classifier) -> list[Result]:
    def judge(path: Path, shown: str) -> list[Result]:
        done = folder.found.get(str(path))
        if done is not None:
            return done
        return classify_file_safely(path, shown, policy=clf.policy, max_bytes=clf.max_bytes)

    try:
        return stamp(classify_tree(Path(folder.source), folder.source, judge=judge,
                                   policy=clf.policy, max_bytes=clf.max_bytes, tree=folder.tree))
    except Exception as exc:  # noqa: BLE001 - one bad folder never stops a batch
        return [error_result(folder.source, _message(folder.source, exc))]


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def classify_many(
    items: Iterable[Any], *, jobs: int | None = None, policy: Policy | str | None = None,
    ordered: bool = True, chunksize: int = DEFAULT_CHUNKSIZE, kind: str = "path",
    max_bytes: int = DEFAULT_MAX_BYTES, classifier: Classifier | None = None,
    scan: ScanOptions | None = None,
) -> Iterator[Result]:
    """Classify paths (files or folders) or texts, yielding results as they are ready.

    ``kind="path"``: each item is a path; a folder yields its files' results then its
    summary, as :func:`licenselens.classify_paths`.  ``kind="text"``: each item is a
    text, or a ``(source, text)`` pair.  Any ``os.PathLike`` item is a path.

    ``jobs``: worker processes; by default 1 for at most :data:`SMALL_INPUT` inputs
    (files of folders included) and every core for more.  ``ordered=False`` yields
    results as they finish (a folder's summary still follows its files).  A bad item
    yields an :func:`error_result`; the stream never stops for it.
    """
    clf = classifier or Classifier(policy, kind=kind, max_bytes=max_bytes, scan=scan)
    if kind not in _KINDS:
        raise ArgumentError(f"kind must be one of {_KINDS}, not {kind!r}")
    if jobs is not None and (not isinstance(jobs, int) or jobs < 1):
        raise ArgumentError(f"jobs must be a whole number >= 1, not {jobs!r}")
    if not isinstance(chunksize, int) or chunksize < 1:
        raise ArgumentError(f"chunksize must be a whole number >= 1, not {chunksize!r}")
    return _classify_many(items, jobs, clf, ordered, chunksize, kind)


def _classify_many(items: Iterable[Any], jobs: int | None, clf: Classifier, ordered: bool,
                   chunksize: int, kind: str) -> Iterator[Result]:
    folders: dict[int, _Folder] = {}
    tasks = _tasks(items, kind, folders, clf.scan)
    if jobs is None:
        head = list(islice(tasks, SMALL_INPUT + 1))
        jobs = 1 if len(head) <= SMALL_INPUT else default_jobs()
        tasks = chain(head, tasks)
    if jobs == 1:
        outcomes: Iterator[tuple[_Task, Outcome]] = ((t, _run(t, clf)) for t in tasks)
    else:
        outcomes = _pooled(tasks, clf, jobs, chunksize, ordered)
    yield from _finish(outcomes, folders, clf)
