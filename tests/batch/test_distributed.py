"""Dask (distributed LocalCluster, two worker processes) and Spark (``local[2]``).

Skipped with the reason when the extra is not installed (``pip install
'.[dask]'`` / ``'.[spark]'``, both in ``.[test]``) or, for Spark, when no Java
runtime runs (``.ci/install-java.sh`` installs one from the Debian packages).
Every address is the loopback one.
"""

from __future__ import annotations

import math
import os
import re
import shutil
import subprocess
import sys

import pytest
from tests.conftest import reference_text

from licenselens.batch import RECORD_FIELDS, Classifier
from licenselens.errors import ArgumentError

KEYS = ["mit", "apache-2.0", "gpl-2.0", "cc-by-nc-4.0", "isc"]
NAMES = [name for name, _ in RECORD_FIELDS]


def _texts() -> list:
    return [reference_text(k) for k in KEYS] + [None, "no license words here at all"]


def _expected(items, kind="text") -> list[dict]:
    clf = Classifier(kind=kind)
    out = []
    for item in items:
        if item is None:
            out.append(None)  # a null cell: checked on its own
        else:
            out.append(clf.to_record(clf(item)))
    return out


def _clean(rec: dict) -> dict:
    """None for a missing value, whatever the frame library made of it."""
    return {k: (None if v is None or (isinstance(v, float) and math.isnan(v))
                or type(v).__name__ == "NAType" else v) for k, v in rec.items()}


def _check(rows: list[dict], items: list) -> None:
    for row, want in zip(rows, _expected(items), strict=True):
        row = _clean(row)
        if want is None:
            assert row["tier"] == "unknown" and "missing value" in row["error"]
        else:
            assert {k: row[k] for k in NAMES} == want


# --- Dask ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def dask_client():
    try:
        import dask.bag  # noqa: F401
        import dask.dataframe  # noqa: F401
        import pandas  # noqa: F401
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        pytest.skip(f"the [dask] extra is not installed ({exc.name}): pip install '.[dask]'")
    from licenselens.knowledge.refindex import reference_index

    reference_index()  # build the cache once, so the workers only load it
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        yield client


def _index_loads() -> int:
    from licenselens.knowledge.refindex import reference_index

    return reference_index.cache_info().misses


def test_dask_bag_of_texts_and_paths(dask_client, tmp_path):
    import dask.bag as db

    from licenselens.distributed import classify_bag, records_meta

    texts = _texts()
    rows = classify_bag(db.from_sequence(texts, npartitions=4), kind="text").compute()
    _check(rows, texts)
    files = []
    for key in KEYS[:3]:
        (tmp_path / key).mkdir()
        files.append(str(tmp_path / key / "LICENSE"))
        (tmp_path / key / "LICENSE").write_text(reference_text(key), encoding="utf-8")
    files.append(str(tmp_path / "missing"))
    bag = classify_bag(db.from_sequence(files, npartitions=2))
    rows = bag.compute()
    assert rows == _expected(files, kind="path")
    frame = bag.to_dataframe(meta=records_meta()).compute()
    assert list(frame.columns) == NAMES and frame["input"].tolist() == files
    assert rows[-1]["tier"] == "unknown" and "no such file" in rows[-1]["error"]
    loads = dask_client.run(_index_loads)
    assert len(loads) == 2 and all(n <= 1 for n in loads.values())  # once per worker


def test_dask_dataframe_column(dask_client):
    import dask.dataframe as dd
    import pandas as pd

    from licenselens.distributed import classify_dask

    texts = _texts()
    frame = dd.from_pandas(pd.DataFrame({"id": range(len(texts)), "text": texts}),
                           npartitions=3)
    out = classify_dask(frame, "text", keep=["id"])
    assert list(out.columns) == ["id", *NAMES]
    got = out.compute()
    assert got["id"].tolist() == list(range(len(texts)))
    _check(got.to_dict("records"), texts)
    with pytest.raises(ArgumentError):
        classify_dask(frame, "body")
    with pytest.raises(ArgumentError):
        classify_dask(frame, "text", keep=["tier"])


# --- Spark --------------------------------------------------------------------------------

def _java_problem() -> str | None:
    java = shutil.which("java") or (os.environ.get("JAVA_HOME") and
                                    os.path.join(os.environ["JAVA_HOME"], "bin", "java"))
    if not java:
        return "no Java runtime (java not on PATH, no JAVA_HOME): run .ci/install-java.sh"
    try:
        done = subprocess.run([java, "-version"], capture_output=True, check=True, timeout=60,
                              text=True)
    except (OSError, subprocess.SubprocessError) as exc:
        return f"the Java runtime does not run ({exc})"
    found = re.search(r'version "(?:1\.)?(\d+)', done.stderr + done.stdout)
    import pyspark

    if found and int(found.group(1)) < 17 and int(pyspark.__version__.split(".")[0]) >= 4:
        return f"Spark {pyspark.__version__} needs Java 17+, found Java {found.group(1)}"
    return None


@pytest.fixture(scope="module")
def spark():
    try:
        import pandas  # noqa: F401
        import pyarrow  # noqa: F401
        from pyspark.sql import SparkSession
    except ImportError as exc:
        pytest.skip(f"the [spark] extra is not installed ({exc.name}): pip install '.[spark]'")
    problem = _java_problem()
    if problem:
        pytest.skip(problem)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    os.environ["PYSPARK_PYTHON"] = sys.executable  # the workers run this interpreter
    session = (SparkSession.builder.master("local[2]").appName("licenselens-test")
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.driver.host", "127.0.0.1")
               .config("spark.driver.bindAddress", "127.0.0.1")
               .config("spark.sql.shuffle.partitions", "2")
               .config("spark.sql.execution.arrow.pyspark.enabled", "true")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.mark.filterwarnings("ignore::FutureWarning")  # pyspark's note on pandas 3
def test_spark_map_in_pandas(spark, tmp_path):
    from pyspark.sql import types as T

    from licenselens.distributed import spark_classify, spark_schema

    texts = _texts()
    schema = T.StructType([T.StructField("id", T.LongType()), T.StructField("text", T.StringType())])
    df = spark.createDataFrame(list(enumerate(texts)), schema)  # local[2]: two partitions
    out = spark_classify(df, "text", keep=["id"])
    assert out.schema == spark_schema([schema["id"]])
    rows = sorted((r.asDict() for r in out.collect()), key=lambda r: r["id"])
    assert [r["id"] for r in rows] == list(range(len(texts)))
    _check(rows, texts)

    (tmp_path / "LICENSE").write_text(reference_text("apache-2.0"), encoding="utf-8")
    paths = spark.createDataFrame([(str(tmp_path / "LICENSE"),), (str(tmp_path / "nope"),)],
                                  "path string")
    got = [r.asDict() for r in spark_classify(paths, "path", kind="path").collect()]
    assert sorted(got, key=lambda r: r["input"]) == sorted(
        _expected([str(tmp_path / "LICENSE"), str(tmp_path / "nope")], kind="path"),
        key=lambda r: r["input"])
    with pytest.raises(ArgumentError):
        spark_classify(df, "body")
