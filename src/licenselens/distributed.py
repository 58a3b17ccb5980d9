"""Classifying on a cluster: ready-made Dask and Spark helpers.

Each helper ships a small :class:`~licenselens.batch.Classifier` (its settings
only) to the workers; every worker process loads the knowledge base and the
reference index once, on its first input.  The output is the contract's
fields, flat (:data:`~licenselens.batch.RECORD_FIELDS`): one row or record per
input, never an exception for a bad one (its ``error`` column says why).

* :func:`classify_bag`: a Dask bag of paths or texts -> a bag of records (dicts);
* :func:`classify_dask`: a column of a Dask dataframe -> a Dask dataframe of records;
* :func:`spark_classify`: a column of a Spark DataFrame -> a Spark DataFrame of
  records (``mapInPandas`` with a declared schema, see :func:`spark_schema`);
* :func:`classify_pandas`: the same for a pandas Series, in this process.

dask, pyspark and pandas are optional (``pip install 'licenselens[dask]'`` or
``'licenselens[spark]'``) and imported only inside these functions.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from .batch import RECORD_FIELDS, Classifier, error_result
from .errors import ArgumentError
from .judge.policy import Policy
from .readers.files import DEFAULT_MAX_BYTES

#: pandas dtype per record column (objects keep None for a missing value)
_PANDAS_DTYPES = {"bigint": "int64", "double": "float64", "string": "object", "boolean": "object"}


def _classifier(kind: str, policy: Policy | str | os.PathLike[str] | None,
                max_bytes: int) -> Classifier:
    return Classifier(policy, kind=kind, max_bytes=max_bytes)


def _record(clf: Classifier, item: Any) -> dict[str, Any]:
    """The flat record of one item (a ``(source, text)`` pair is a named text)."""
    if clf.kind == "text" and isinstance(item, tuple) and len(item) == 2:
        return clf.to_record(clf.classify_text(item[1], str(item[0])))
    if _missing(item):
        name = "<text>" if clf.kind == "text" else "<path>"
        return clf.to_record(error_result(name, f"{name}: missing value (null)"))
    return clf.to_record(clf(item))  # a bad item (a number, bytes) gives an error record


def _missing(item: Any) -> bool:
    """None, NaN or pandas' NA: a null cell of a dataframe."""
    return item is None or (isinstance(item, float) and item != item) or \
        type(item).__name__ in ("NAType", "NaTType")


def records(items: Iterable[Any], classifier: Classifier) -> list[dict[str, Any]]:
    """The flat records of some items, in order (one Dask bag partition)."""
    return [_record(classifier, item) for item in items]


def _frame(rows: list[dict[str, Any]], index: Any = None) -> Any:
    import pandas as pd

    names = [name for name, _ in RECORD_FIELDS]
    frame = pd.DataFrame.from_records(rows, columns=names, index=index) if rows else \
        pd.DataFrame({n: [] for n in names}, index=index)
    return frame.astype({n: _PANDAS_DTYPES[t] for n, t in RECORD_FIELDS})


def records_meta() -> Any:
    """An empty pandas DataFrame of the record columns and dtypes (Dask's ``meta``,
    e.g. ``classify_bag(...).to_dataframe(meta=records_meta())``)."""
    return _frame([])


def classify_pandas(series: Any, *, kind: str = "text", policy: Policy | str | None = None,
                    max_bytes: int = DEFAULT_MAX_BYTES,
                    classifier: Classifier | None = None) -> Any:
    """A pandas DataFrame of records, one row per value of ``series`` (same index)."""
    clf = classifier or _classifier(kind, policy, max_bytes)
    return _frame(records(series.tolist(), clf), index=series.index)


def _check_keep(keep: Sequence[str], column: str) -> list[str]:
    keep = list(keep)
    clash = sorted({n for n, _ in RECORD_FIELDS} & set(keep))
    if clash:
        raise ArgumentError(f"keep: {', '.join(clash)} would clash with a record column; "
                            "rename it first")
    return [k for k in keep if k != column] if column in keep else keep


# --- Dask -------------------------------------------------------------------------------

def classify_bag(bag: Any, *, kind: str = "path", policy: Policy | str | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> Any:
    """A Dask bag of records (dicts), one per path or text of ``bag``, in order.

    ``kind="path"``: items are paths the workers can read (a folder gives its
    summary); ``kind="text"``: items are texts or ``(source, text)`` pairs.
    ``bag.map_partitions`` runs :func:`records` on each partition.
    """
    clf = _classifier(kind, policy, max_bytes)
    return bag.map_partitions(records, clf)


def _dask_partition(part: Any, column: str, keep: list[str], clf: Classifier) -> Any:
    import pandas as pd

    out = classify_pandas(part[column], classifier=clf)
    return pd.concat([part[keep], out], axis=1) if keep else out


def classify_dask(ddf: Any, column: str, *, kind: str = "text", keep: Sequence[str] = (),
                  policy: Policy | str | None = None,
                  max_bytes: int = DEFAULT_MAX_BYTES) -> Any:
    """A Dask dataframe of records for ``ddf[column]`` (texts or paths), with
    ``ddf``'s index and partitions, preceded by the columns named in ``keep``."""
    clf = _classifier(kind, policy, max_bytes)
    cols = _check_keep(keep, column)
    if column not in ddf.columns:
        raise ArgumentError(f"no column {column!r} (columns: {', '.join(map(str, ddf.columns))})")
    from dask.dataframe.utils import make_meta

    part = ddf[[column, *cols]]
    meta = _dask_partition(make_meta(part), column, cols, clf)
    return part.map_partitions(_dask_partition, column, cols, clf, meta=meta)


# --- Spark ------------------------------------------------------------------------------

def spark_schema(keep_fields: Sequence[Any] = ()) -> Any:
    """The Spark ``StructType`` of the records (after ``keep_fields``, StructFields)."""
    from pyspark.sql import types as T

    kinds = {"string": T.StringType(), "boolean": T.BooleanType(), "bigint": T.LongType(),
             "double": T.DoubleType()}
    return T.StructType([*keep_fields,
                         *(T.StructField(n, kinds[t], nullable=True) for n, t in RECORD_FIELDS)])


def _spark_batches(batches: Iterator[Any], column: str, keep: list[str],
                   clf: Classifier) -> Iterator[Any]:
    import pandas as pd

    for pdf in batches:
        out = classify_pandas(pdf[column], classifier=clf).reset_index(drop=True)
        yield pd.concat([pdf[keep].reset_index(drop=True), out], axis=1) if keep else out


def spark_classify(df: Any, column: str, kind: str = "text", *, keep: Sequence[str] = (),
                   policy: Policy | str | None = None,
                   max_bytes: int = DEFAULT_MAX_BYTES) -> Any:
    """A Spark DataFrame of records, one row per row of ``df`` (``mapInPandas``).

    ``column`` holds texts (``kind="text"``) or paths every executor can read
    (``kind="path"``); the columns named in ``keep`` (an id, a path) come first,
    unchanged.  The schema is declared (:func:`spark_schema`), so nothing runs
    until an action (``write``, ``count``, ``collect``).
    """
    clf = _classifier(kind, policy, max_bytes)
    cols = _check_keep(keep, column)
    if column not in df.columns:
        raise ArgumentError(f"no column {column!r} (columns: {', '.join(df.columns)})")
    schema = spark_schema([df.schema[c] for c in cols])

    def run(batches: Iterator[Any]) -> Iterator[Any]:
        return _spark_batches(batches, column, cols, clf)

    return df.select(column, *cols).mapInPandas(run, schema)
