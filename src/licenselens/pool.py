"""The process pool behind :func:`licenselens.batch.classify_many`.

:func:`run_pooled` runs a function over chunks of tasks in worker processes
and yields ``(task, outcome)`` pairs in task order (or as they finish), with
at most :data:`CHUNKS_PER_WORKER` chunks per worker in flight: the input is
read lazily and memory stays flat.  It knows nothing of licenses: the caller
gives the chunk function, the worker initialiser and what a task whose
worker died becomes.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import LicenselensError
from .lazymod import LazyModule

if TYPE_CHECKING:
    from concurrent.futures import Executor, Future

#: imported when a pool is first made: a one-process run never pays for them
_futures = LazyModule("concurrent.futures")
_process = LazyModule("concurrent.futures.process")
_mp = LazyModule("multiprocessing")

#: chunks in flight per worker process (bounds memory; keeps every worker busy)
CHUNKS_PER_WORKER = 4
#: how worker processes start: ``spawn`` is safe in threaded programs and on every OS
START_METHOD = "spawn"
#: worker processes that may die in a row, each on its own task, before giving up
MAX_DEATHS = 3

T = TypeVar("T")
O = TypeVar("O")  # noqa: E741 - an outcome


class WorkerError(LicenselensError):
    """Worker processes cannot run (they die on start, whatever the input)."""


def _submit(pool: Executor, run_chunk: Callable[[list[T]], list[O]],
            chunk: list[T]) -> Future[list[O]]:
    """The chunk's future; a pool found broken gives a future that says so."""
    try:
        return pool.submit(run_chunk, chunk)
    except _process.BrokenProcessPool as exc:
        fut: Future[list[O]] = _futures.Future()
        fut.set_exception(exc)
        return fut


def run_pooled(tasks: Iterator[T], *, jobs: int, chunksize: int, ordered: bool,
               run_chunk: Callable[[list[T]], list[O]], initializer: Callable[..., None],
               initargs: tuple[Any, ...], on_error: Callable[[T, str], O],
               ) -> Iterator[tuple[T, O]]:
    """``(task, outcome)`` for every task, ``run_chunk`` doing the work in ``jobs`` processes.

    ``run_chunk`` and ``initializer`` must be importable module-level functions.
    When a worker dies, the pool is replaced and each task that was in flight
    runs again alone; one that kills its worker again gets ``on_error(task,
    reason)``.  :class:`WorkerError` when :data:`MAX_DEATHS` die in a row.
    """
    def new_pool() -> Executor:
        return _process.ProcessPoolExecutor(jobs, mp_context=_mp.get_context(START_METHOD),
                                   initializer=initializer, initargs=initargs)

    chunks = iter(lambda: list(islice(tasks, chunksize)), [])
    pending: deque[tuple[list[T], Future[list[O]]]] = deque()
    pool = new_pool()
    try:
        while True:
            while len(pending) < jobs * CHUNKS_PER_WORKER:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                pending.append((chunk, _submit(pool, run_chunk, chunk)))
            if not pending:
                return
            if not ordered:
                _futures.wait([f for _, f in pending], return_when=_futures.FIRST_COMPLETED)
                pending.rotate(-next(i for i, (_, f) in enumerate(pending) if f.done()))
            chunk, fut = pending.popleft()
            try:
                yield from zip(chunk, fut.result(), strict=True)
                continue
            except _process.BrokenProcessPool:
                lost = chunk + [t for c, _ in pending for t in c]
                pending.clear()
                pool.shutdown(wait=True, cancel_futures=True)
                pool = new_pool()
            except Exception:  # noqa: BLE001 - e.g. an outcome that cannot be pickled
                lost = chunk
            deaths = 0
            for task in lost:  # one at a time, so a task that kills a worker is known
                try:
                    yield task, pool.submit(run_chunk, [task]).result()[0]
                    deaths = 0
                except _process.BrokenProcessPool:
                    pool.shutdown(wait=True, cancel_futures=True)
                    deaths += 1
                    if deaths >= MAX_DEATHS:
                        raise WorkerError(
                            f"{deaths} worker processes in a row died: they cannot run here "
                            f"(with the {START_METHOD!r} start method a script must guard its "
                            "code with `if __name__ == '__main__':`); use jobs=1") from None
                    pool = new_pool()
                    yield task, on_error(task, "the worker process classifying it died")
                except Exception as exc:  # noqa: BLE001
                    yield task, on_error(task, f"cannot classify: {type(exc).__name__}: {exc}")
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
