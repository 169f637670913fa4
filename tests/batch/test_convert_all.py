"""convert_all: statuses, layout, skipping, executors, and the bound on tasks in flight."""

from __future__ import annotations

import json
import os
import sys
import threading
import warnings
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

import govdoc.formats
from govdoc.batch import ConversionResult, convert_all, count_inputs, iter_inputs, stream

GOOD = ["2020/b.txt", "2020/q1/c.txt", "a.txt"]


def by_name(results: list[ConversionResult]) -> dict[str, ConversionResult]:
    return {r.relative: r for r in results}


def run(corpus: Path, out: Path, **kwargs: Any) -> dict[str, ConversionResult]:
    kwargs.setdefault("executor", ThreadPoolExecutor(max_workers=2))
    return by_name(list(convert_all([corpus], to=kwargs.pop("to", "json,xml"), out_dir=out, **kwargs)))


def test_statuses_and_relative_layout(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    results = run(corpus, out)
    assert sorted(results) == sorted([*GOOD, "2021/bad.txt"])
    for name in GOOD:
        result = results[name]
        assert result.status == "success", result.message
        stem = name.removesuffix(".txt")
        assert result.outputs == (str(out / f"{stem}.json"), str(out / f"{stem}.xml"))
        report = govdoc.read_json((out / f"{stem}.json").read_bytes())
        assert report == govdoc.read_xml((out / f"{stem}.xml").read_bytes())
        assert result.seconds >= result.read_seconds > 0
        assert set(result.write_seconds) == {"json", "xml"}
        assert result.input_bytes == (corpus / name).stat().st_size
    bad = results["2021/bad.txt"]
    assert bad.status == "failure" and "binary" in (bad.message or "")
    assert bad.outputs == ()
    assert not (out / "2021" / "bad.json").exists()
    json.dumps(bad.to_dict())  # report.jsonl lines are plain JSON


def test_rerun_skips_up_to_date_outputs_and_redoes_stale_ones(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(corpus, out)
    again = run(corpus, out)
    assert {n: again[n].status for n in GOOD} == dict.fromkeys(GOOD, "skipped")
    assert again["2021/bad.txt"].status == "failure"  # a failed file is tried again
    # an input edited after its outputs were written is converted again
    stale = out / "a.json"
    old = (corpus / "a.txt").stat().st_mtime - 100
    os.utime(stale, (old, old))
    third = run(corpus, out)
    assert third["a.txt"].status == "success"
    assert third["2020/b.txt"].status == "skipped"
    assert stale.stat().st_mtime > old
    forced = run(corpus, out, force=True)
    assert {n: forced[n].status for n in GOOD} == dict.fromkeys(GOOD, "success")


def test_only_missing_formats_are_written(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(corpus, out, to="json")
    results = run(corpus, out, to=["json", "xml"])
    assert results["a.txt"].status == "success"
    assert set(results["a.txt"].write_seconds) == {"xml"}


def test_globs_files_and_missing_inputs(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    inputs = [str(corpus / "2020" / "**" / "*.txt"), str(corpus / "a.txt"), str(tmp_path / "missing.txt"),
              str(corpus / "*.docx")]
    results = by_name(list(convert_all(inputs, to="json", out_dir=out, executor=ThreadPoolExecutor(1))))
    assert results["b.txt"].status == "success" and (out / "b.json").is_file()
    assert results["q1/c.txt"].status == "success" and (out / "q1" / "c.json").is_file()
    assert results["a.txt"].status == "success"
    assert results[str(tmp_path / "missing.txt")].message == "no such file or folder"
    assert results[str(corpus / "*.docx")].message == "no files match"


def test_two_inputs_with_one_output_and_dotted_names(tmp_path: Path, corpus: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    text = (corpus / "a.txt").read_bytes()
    (folder / "r.2020.txt").write_bytes(text)
    (folder / "x.txt").write_bytes(text)
    (folder / "x.xml").write_bytes(govdoc.write_xml(govdoc.parse(text)))
    results = run(folder, tmp_path / "out", to="json")
    assert results["r.2020.txt"].outputs == (str(tmp_path / "out" / "r.2020.json"),)
    assert results["x.txt"].status == "success"
    assert results["x.xml"].status == "failure"
    assert "same output as" in (results["x.xml"].message or "")


def test_output_folder_inside_the_corpus_is_not_read(corpus: Path) -> None:
    out = corpus / "converted"
    run(corpus, out, to="text")  # outputs are .txt files, which would be inputs if walked
    assert count_inputs([corpus], exclude=out) == 4
    again = run(corpus, out, to="text")
    assert sorted(again) == sorted([*GOOD, "2021/bad.txt"])


def test_inputs_inside_the_output_folder_are_read(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "work"
    out.mkdir()
    raw = corpus.rename(out / "raw")
    first = run(raw, out, to="json")
    assert first["a.txt"].status == "success" and (out / "a.json").is_file()
    assert run(raw, out, to="json")["2020/q1/c.txt"].status == "skipped"


def test_walk_order_and_filters(corpus: Path) -> None:
    found = [d.relative for d in iter_inputs([corpus]) if not isinstance(d, str)]
    assert found == ["a.txt", "2020/b.txt", "2020/q1/c.txt", "2021/bad.txt"]


def test_warnings_make_a_partial_result(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = govdoc.formats.read_any

    def warning_reader(data: bytes, *, source: str | None = None, limits: Any = None) -> govdoc.Report:
        if source == "a.txt":
            warnings.warn("something was approximated", UserWarning, stacklevel=1)
        return real(data, source=source, limits=limits)

    monkeypatch.setattr(govdoc.formats, "read_any", warning_reader)
    results = run(corpus, tmp_path / "out", to="json")
    assert results["a.txt"].status == "partial"
    assert results["a.txt"].warnings == ("something was approximated",)
    assert results["2020/b.txt"].status == "success"


def test_process_pool_given_and_default(corpus: Path, tmp_path: Path) -> None:
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = run(corpus, tmp_path / "given", executor=pool, to="json")
    assert {n: results[n].status for n in GOOD} == dict.fromkeys(GOOD, "success")
    default = by_name(list(convert_all([corpus], to="json", out_dir=tmp_path / "default", jobs=2)))
    assert {n: default[n].status for n in GOOD} == dict.fromkeys(GOOD, "success")
    assert default["2021/bad.txt"].status == "failure"


class CountingExecutor(ThreadPoolExecutor):
    """A thread pool that records how many tasks were submitted and not yet finished, at most."""

    def __init__(self, workers: int) -> None:
        super().__init__(max_workers=workers)
        self.lock = threading.Lock()
        self.submitted = 0
        self.running = 0
        self.peak = 0

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        with self.lock:
            self.submitted += 1
            self.running += 1
            self.peak = max(self.peak, self.running)
        future = super().submit(fn, *args, **kwargs)
        future.add_done_callback(self._finished)
        return future

    def _finished(self, _future: Future[Any]) -> None:
        with self.lock:
            self.running -= 1


def test_tasks_in_flight_stay_bounded(tmp_path: Path, corpus: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    text = (corpus / "2020" / "b.txt").read_bytes()
    for i in range(40):
        (folder / f"doc{i:02d}.txt").write_bytes(text)
    executor = CountingExecutor(2)
    consumed = 0
    for result in convert_all([folder], to="json", out_dir=tmp_path / "out", executor=executor, chunk_size=1):
        consumed += 1
        assert result.status == "success"
        # nothing is submitted far ahead of what the caller has taken: results are not piled up
        # (at most the bound in flight plus one batch of finished ones waiting to be handed out)
        assert executor.submitted - consumed <= 2 * 8
    assert consumed == 40 and executor.submitted == 40
    assert executor.peak <= 8  # TASKS_PER_WORKER x workers


def test_stream_bound_with_ready_items_and_early_close() -> None:
    executor = CountingExecutor(1)
    items: list[Any] = [*range(5), "ready", *range(5, 10)]
    gen = stream(lambda n: n * 2, items, executor, max_in_flight=3, ready=lambda x: isinstance(x, str))
    got = list(gen)
    assert sorted(x for x in got if isinstance(x, int)) == [n * 2 for n in range(10)]
    assert "ready" in got and executor.peak <= 3
    lazy = stream(lambda n: n, iter(range(1000)), executor, max_in_flight=2)
    next(lazy)
    lazy.close()
    assert executor.submitted <= 10 + 4
    with pytest.raises(ValueError):
        next(stream(lambda n: n, [1], executor, max_in_flight=0))
    executor.shutdown()


def test_executor_of_the_wrong_kind(corpus: Path, tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="Executor"):
        list(convert_all([corpus], to="json", out_dir=tmp_path / "out", executor=object()))


def test_unknown_format(corpus: Path, tmp_path: Path) -> None:
    with pytest.raises(govdoc.GovdocError, match="unknown format"):
        list(convert_all([corpus], to="yaml", out_dir=tmp_path / "out"))


def die_on_three(n: int) -> int:
    """Kill the worker process on 3, as a crash in a C library or the memory killer would."""
    if n == 3:
        os._exit(1)
    return n


def test_a_dying_worker_fails_its_document_and_the_run_goes_on() -> None:
    from concurrent.futures import BrokenExecutor

    from govdoc.batch import RestartingPool, Retry

    pool = RestartingPool(2)
    tries: dict[int, int] = {}

    def on_error(n: int, exc: BaseException) -> int | Retry:
        assert isinstance(exc, BrokenExecutor)
        tries[n] = tries.get(n, 0) + 1
        return Retry((n,)) if tries[n] == 1 else -n

    try:
        got = list(stream(die_on_three, range(8), pool, max_in_flight=1, on_error=on_error))
    finally:
        pool.shutdown()
    assert sorted(got) == [-3, 0, 1, 2, 4, 5, 6, 7]  # one at a time: only the culprit fails, after a retry
    assert tries == {3: 2}


def test_lost_tasks_are_retried_once_then_reported() -> None:
    from concurrent.futures.process import BrokenProcessPool

    from govdoc.batch import Retry, _lost, _Task

    task = _Task("corpus/a.txt", "a.txt", (("json", "out/a.json"),), ("out/a.json",))
    other = _Task("corpus/b.txt", "b.txt", (("json", "out/b.json"),), ("out/b.json",))
    retry = _lost((task, other), BrokenProcessPool("gone"))
    assert isinstance(retry, Retry) and [c[0].relative for c in retry.items] == ["a.txt", "b.txt"]
    assert all(len(c) == 1 and c[0].attempt == 1 for c in retry.items)  # each alone, the second time
    final = _lost(retry.items[0], BrokenProcessPool("gone"))
    assert isinstance(final, list) and final[0].status == "failure"
    assert "worker process died" in (final[0].message or "")
    failed = _lost((task,), RuntimeError("unpicklable"))
    assert isinstance(failed, list) and failed[0].message == "the worker failed: RuntimeError: unpicklable"


def test_small_documents_travel_together(tmp_path: Path, corpus: Path) -> None:
    folder = tmp_path / "tiny"
    folder.mkdir()
    for i in range(40):
        (folder / f"n{i:02d}.txt").write_text(f"一、工作\n引进企业{i + 1}家。", encoding="utf-8")
    executor = CountingExecutor(2)
    results = list(convert_all([folder], to="json", out_dir=tmp_path / "out", executor=executor))
    assert len(results) == 40 and all(r.status == "success" for r in results)
    assert executor.submitted == 3  # 16 + 16 + 8
    alone = CountingExecutor(2)
    list(convert_all([folder], to="json", out_dir=tmp_path / "out1", executor=alone, chunk_size=1))
    assert alone.submitted == 40


def test_every_input_format_in_one_folder(corpus: Path, tmp_path: Path) -> None:
    source = (corpus / "a.txt").read_bytes()
    report = govdoc.parse(source, source="a.txt")
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "gb.txt").write_bytes(source.decode("utf-8").encode("gb18030"))
    (folder / "w.docx").write_bytes(govdoc.formats.get_format("docx").writer(report))
    (folder / "p.pdf").write_bytes(govdoc.formats.get_format("pdf").writer(report))
    (folder / "x.xml").write_bytes(govdoc.write_xml(report))
    (folder / "j.json").write_text(govdoc.write_json(report), encoding="utf-8")
    results = run(folder, tmp_path / "out", to="json")
    assert {n: r.status for n, r in results.items()} == dict.fromkeys(
        ["gb.txt", "w.docx", "p.pdf", "x.xml", "j.json"], "success")
    for name in ("gb", "w", "p", "x", "j"):
        assert govdoc.read_json((tmp_path / "out" / f"{name}.json").read_bytes()) == report, name


def test_strict_fails_a_document_with_a_warning_and_writes_none_of_it(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = govdoc.formats.read_any

    def warning_reader(data: bytes, *, source: str | None = None, limits: Any = None) -> govdoc.Report:
        if source == "a.txt":
            warnings.warn("something was approximated", UserWarning, stacklevel=1)
        return real(data, source=source, limits=limits)

    monkeypatch.setattr(govdoc.formats, "read_any", warning_reader)
    out = tmp_path / "out"
    results = run(corpus, out, to="json,xml", strict=True)
    assert results["a.txt"].status == "failure" and results["a.txt"].outputs == ()
    assert results["a.txt"].message == "something was approximated (a warning is an error with --strict)"
    assert not (out / "a.json").exists() and not (out / "a.xml").exists()
    assert results["2020/b.txt"].status == "success"


def test_a_writer_failing_on_the_second_format_leaves_no_output(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every format is rendered before any is written: a document that fails leaves nothing new."""
    def broken(report: govdoc.Report) -> bytes:
        raise govdoc.GovdocError("cannot render")

    monkeypatch.setitem(sys.modules, "broken_xml_writer", SimpleNamespace(to_bytes=broken))
    monkeypatch.setitem(govdoc.formats.FORMATS, "xml", govdoc.formats.Format("xml", ".xml", "broken_xml_writer",
                                                                            binary=False))
    out = tmp_path / "out"
    results = run(corpus, out, to="json,xml")
    assert results["a.txt"].status == "failure" and results["a.txt"].message == "cannot render"
    assert not (out / "a.json").exists()


def test_root_names_documents_relative_to_it(corpus: Path) -> None:
    found = [d.relative for d in iter_inputs([corpus / "2020", corpus / "a.txt"], root=corpus)
             if not isinstance(d, str)]
    assert found == ["2020/b.txt", "2020/q1/c.txt", "a.txt"]
    outside = [d.relative for d in iter_inputs([corpus / "2020"], root=corpus / "2021") if not isinstance(d, str)]
    assert outside == ["b.txt", "q1/c.txt"]  # not under the root: relative to its own folder, as without one


def test_common_root(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from govdoc.batch import common_root

    monkeypatch.chdir(corpus)
    assert common_root(["a.txt"]) == str(corpus)
    assert common_root(["2020/b.txt", "2020/q1/c.txt"]) == str(corpus / "2020")
    assert common_root(["2020", "2021"]) == str(corpus)
    assert common_root(["2020/**/*.txt", "a.txt"]) == str(corpus)
    assert common_root([str(tmp_path / "missing.txt")]) is None
