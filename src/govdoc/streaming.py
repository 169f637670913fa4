"""Run a function over a stream of items on any executor, with a bound on the tasks out at once.

:func:`stream` is the engine under :func:`govdoc.batch.convert_all` and :mod:`govdoc.corpus`,
and has nothing govdoc-specific in it. Any :class:`concurrent.futures.Executor` works; so does a
``dask.distributed.Client``, whose ``submit`` returns dask futures that
:func:`concurrent.futures.wait` cannot wait on: :func:`_engine` wraps each kind behind the same
operations (submit a task, wait for the next completed ones, read a result, cancel), using
``distributed.as_completed`` for dask. :class:`RestartingPool` is the default local pool: a
process pool that replaces itself when a worker dies.
"""

from __future__ import annotations

import concurrent.futures as cf
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class _Engine(Protocol):
    """Submit tasks and collect them as they complete, whatever runs them."""

    def submit(self, fn: Callable[[T], R], item: T) -> Any: ...

    def wait_one(self, pending: Iterable[Any]) -> list[Any]:
        """Block until at least one of ``pending`` is done; return the done ones."""
        ...

    def result(self, future: Any) -> Any: ...

    def cancel(self, pending: Iterable[Any]) -> None: ...


class _FuturesEngine:
    """Any ``concurrent.futures.Executor`` (process or thread pools, ``Client.get_executor()``, ...)."""

    def __init__(self, executor: cf.Executor) -> None:
        self.executor = executor

    def submit(self, fn: Callable[[T], R], item: T) -> cf.Future[R]:
        return self.executor.submit(fn, item)

    def wait_one(self, pending: Iterable[Any]) -> list[Any]:
        done, _ = cf.wait(list(pending), return_when=cf.FIRST_COMPLETED)
        return list(done)

    def result(self, future: Any) -> Any:
        return future.result()

    def cancel(self, pending: Iterable[Any]) -> None:
        for future in pending:
            future.cancel()


class _DaskEngine:
    """A ``dask.distributed.Client``: ``submit(..., pure=False)`` and ``distributed.as_completed``.

    ``pure=False`` matters: dask otherwise names a task by a hash of its arguments and would run two
    identical tasks once. Futures are dropped as soon as their result is read, which lets the
    scheduler forget them, so the cluster's memory stays bounded too.
    """

    def __init__(self, client: Any) -> None:
        from distributed import as_completed

        self.client = client
        self.completed: Any = as_completed([])  # type: ignore[no-untyped-call]

    def submit(self, fn: Callable[[T], R], item: T) -> Any:
        future = self.client.submit(fn, item, pure=False)
        self.completed.add(future)
        return future

    def wait_one(self, pending: Iterable[Any]) -> list[Any]:
        return [next(self.completed), *self.completed.next_batch(block=False)]

    def result(self, future: Any) -> Any:
        return future.result()

    def cancel(self, pending: Iterable[Any]) -> None:
        futures = list(pending)
        if futures:
            self.client.cancel(futures)
        self.completed.clear()


def _is_dask_client(executor: object) -> bool:
    return type(executor).__module__.split(".")[0] == "distributed" and hasattr(executor, "scheduler_info")


def _engine(executor: Any) -> _Engine:
    if _is_dask_client(executor):
        return _DaskEngine(executor)
    if isinstance(executor, cf.Executor):
        return _FuturesEngine(executor)
    raise TypeError(f"executor must be a concurrent.futures.Executor or a dask.distributed.Client, "
                    f"not {type(executor).__name__}")


def worker_count(executor: Any) -> int:
    """How many tasks ``executor`` runs at once (threads of a dask cluster, workers of a pool)."""
    if _is_dask_client(executor):
        threads: int = sum(executor.nthreads().values())
        return max(1, threads)
    workers = getattr(executor, "_max_workers", None)  # ProcessPool- and ThreadPoolExecutor
    return workers if isinstance(workers, int) and workers > 0 else (os.cpu_count() or 1)


@dataclass(frozen=True)
class Retry:
    """Returned by an ``on_error`` handler of :func:`stream`: submit ``items`` (again)."""

    items: tuple[Any, ...]


def stream(fn: Callable[[T], R], items: Iterable[Any], executor: Any, *, max_in_flight: int,
           ready: Callable[[Any], bool] | None = None,
           on_error: Callable[[T, BaseException], R | Retry] | None = None) -> Iterator[R]:
    """``map(fn, items)`` on ``executor`` in completion order, with at most ``max_in_flight`` tasks out.

    Items are pulled from ``items`` only when a slot is free, and results are yielded, not kept,
    so memory does not grow with the number of items. An item for which ``ready(item)`` is true is
    already a result: it is yielded as is, without a task. A task that raises (or whose worker
    died) goes to ``on_error(item, exception)``, which returns a result or :class:`Retry`; without
    it the exception propagates. Closing the generator cancels what is pending.
    """
    if max_in_flight < 1:
        raise ValueError("max_in_flight must be at least 1")
    engine = _engine(executor)
    source = iter(items)
    pending: dict[Any, Any] = {}  # future -> item, in submission order
    again: list[Any] = []  # items to submit again (Retry), before new ones

    def take() -> Any:
        return again.pop(0) if again else next(source, _END)

    exhausted = False
    try:
        while True:
            while (again or not exhausted) and len(pending) < max_in_flight:
                item = take()
                if item is _END:
                    exhausted = True
                elif ready is not None and ready(item):
                    yield item
                else:
                    pending[engine.submit(fn, item)] = item
            if not pending:
                return
            results: list[Any] = []
            for future in engine.wait_one(pending):
                item = pending.pop(future)
                try:
                    results.append(engine.result(future))
                except Exception as exc:
                    if on_error is None:
                        raise
                    outcome = on_error(item, exc)
                    if isinstance(outcome, Retry):
                        again.extend(outcome.items)
                    else:
                        results.append(outcome)
            # refill before handing results out, so that workers do not wait for the caller
            while (again or not exhausted) and len(pending) < max_in_flight:
                item = take()
                if item is _END:
                    exhausted = True
                elif ready is not None and ready(item):
                    results.append(item)
                    break  # the fill at the top of the loop yields the next ones one by one
                else:
                    pending[engine.submit(fn, item)] = item
            yield from results
    finally:
        engine.cancel(pending)


_END: Any = object()


class RestartingPool(cf.Executor):
    """A local process pool that replaces itself when a worker dies, so one document that kills its
    worker (a crash in a C library, the out-of-memory killer) does not end the whole run.

    ``initializer`` (a module-level function) runs once in each worker process as it starts.
    """

    def __init__(self, workers: int, *, initializer: Callable[[], object] | None = None) -> None:
        self._max_workers = workers
        self._initializer = initializer
        self._pool = self._new()

    def _new(self) -> cf.ProcessPoolExecutor:
        return cf.ProcessPoolExecutor(max_workers=self._max_workers, mp_context=_mp_context(),
                                      initializer=self._initializer)

    def submit(self, fn: Callable[..., R], /, *args: Any, **kwargs: Any) -> cf.Future[R]:
        try:
            return self._pool.submit(fn, *args, **kwargs)
        except cf.BrokenExecutor:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._new()
            return self._pool.submit(fn, *args, **kwargs)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._pool.shutdown(wait=wait, cancel_futures=cancel_futures)


def _mp_context() -> Any:
    """A start method safe in a process with threads (forkserver on POSIX, spawn elsewhere)."""
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    method = "forkserver" if sys.platform != "win32" and "forkserver" in methods else "spawn"
    return multiprocessing.get_context(method)


__all__ = ["RestartingPool", "Retry", "stream", "worker_count"]
