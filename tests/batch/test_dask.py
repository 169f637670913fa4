"""convert_all on a dask.distributed LocalCluster: the cluster recipe of the docs, in one process."""

from __future__ import annotations

from pathlib import Path

import pytest

from govdoc.batch import convert_all, worker_count

distributed = pytest.importorskip(
    "distributed", reason="dask.distributed is not installed (pip install 'govdoc[cluster]')")


def test_convert_all_on_a_local_cluster(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    with distributed.LocalCluster(processes=False, n_workers=1, threads_per_worker=2,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        assert worker_count(client) == 2
        results = {r.relative: r for r in convert_all([corpus], to="json,xml", out_dir=out, executor=client)}
        assert {n: r.status for n, r in results.items()} == {
            "a.txt": "success", "2020/b.txt": "success", "2020/q1/c.txt": "success", "2021/bad.txt": "failure"}
        assert (out / "2020" / "q1" / "c.xml").is_file()
        # identical tasks are not merged by dask's hashing (pure=False), and a re-run skips
        again = {r.relative: r.status for r in convert_all([corpus], to="json,xml", out_dir=out,
                                                           executor=client, force=True)}
        assert again["a.txt"] == again["2020/q1/c.txt"] == "success"
        # the Client's own concurrent.futures interface works too
        executor = client.get_executor(pure=False)
        skipped = {r.relative: r.status for r in convert_all([corpus], to="json", out_dir=out, executor=executor)}
        assert skipped["a.txt"] == "skipped"
