#!/usr/bin/env python3
"""`lede batch` through Apache Spark: each partition of a JSONL corpus is piped (RDD.pipe) through
one `lede batch -` process on an executor, and the answers are saved as text files. In the same
run, `lede batch` alone analyses the same corpus with as many threads as the executors have cores;
the two outputs must be identical line for line once sorted by id, and both throughputs are printed.

The session is PySpark's `local-cluster` master: EXECUTORS executor processes on this machine, each
with one core, as a standalone cluster would run them. On a real cluster give --master and a `lede`
path that exists on every worker (a shared folder, or the image's /opt/lede/lede); the corpus and
the output folder must then be on storage every worker reads (HDFS, S3, a shared mount).

Usage: lede_spark.py CORPUS.jsonl --lede PATH [--executors 2] [--master URL] [--out DIR]
Needs: pip install pyspark, and Java 17 or later.
"""
import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time


def by_id(lines: list[str]) -> list[str]:
    """The lines sorted by their answer's id (ids are unique in the corpus)."""
    return sorted(lines, key=lambda line: json.loads(line)["id"])


def lede_batch_alone(lede: str, corpus: str, threads: int) -> tuple[list[str], float]:
    started = time.perf_counter()
    result = subprocess.run(
        [lede, "batch", corpus, "--workers", str(threads)], check=True, capture_output=True, text=True
    )
    return result.stdout.splitlines(), time.perf_counter() - started


def through_spark(args: argparse.Namespace, corpus: str, out: str) -> tuple[list[str], float, float]:
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    master = args.master or f"local-cluster[{args.executors},1,1024]"
    started = time.perf_counter()
    spark = (
        SparkSession.builder.master(master)
        .appName("lede-batch")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.executor.cores", "1")
        .getOrCreate()
    )
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")
    # Executors register after the session is up: wait for them so the job is timed alone.
    while sc._jsc.sc().getExecutorMemoryStatus().size() < args.executors + 1:
        time.sleep(0.2)
    ready = time.perf_counter() - started
    try:
        started = time.perf_counter()
        lines = sc.textFile("file://" + os.path.abspath(corpus), minPartitions=args.executors)
        # One lede process per partition, with one analysis thread per executor core.
        command = shlex.join([args.lede, "batch", "-", "--workers", "1"])
        lines.pipe(command, checkCode=True).saveAsTextFile("file://" + os.path.abspath(out))
        job = time.perf_counter() - started
    finally:
        spark.stop()
    answers: list[str] = []
    for name in sorted(os.listdir(out)):
        if name.startswith("part-"):
            with open(os.path.join(out, name), encoding="utf-8") as f:
                answers += f.read().splitlines()
    return answers, ready, job


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--lede", required=True, help="the lede binary (with its *.resources beside it)")
    parser.add_argument("--executors", type=int, default=2)
    parser.add_argument("--master", help="a Spark master URL (default: local-cluster with EXECUTORS executors)")
    parser.add_argument("--out", help="the folder for Spark's answers (default: a temporary one, removed)")
    args = parser.parse_args()
    args.lede = os.path.abspath(args.lede)

    articles = sum(1 for _ in open(args.corpus, encoding="utf-8"))
    alone, alone_seconds = lede_batch_alone(args.lede, args.corpus, args.executors)
    print(f"lede batch --workers {args.executors}: {articles} articles in {alone_seconds:.1f} s, "
          f"{articles / alone_seconds:.1f} articles/s")

    out = args.out or tempfile.mkdtemp(prefix="lede-spark-")
    shutil.rmtree(out, ignore_errors=True)
    try:
        spark_answers, ready, job = through_spark(args, args.corpus, out)
    finally:
        if not args.out:
            shutil.rmtree(out, ignore_errors=True)
    print(f"Spark, {args.executors} executors x 1 core, RDD.pipe through lede batch: {articles} articles in "
          f"{job:.1f} s, {articles / job:.1f} articles/s (the session and its executors took {ready:.1f} s more)")

    if len(spark_answers) != len(alone):
        sys.exit(f"DIFFERENT: {len(spark_answers)} answers through Spark, {len(alone)} from lede batch alone")
    for n, (a, b) in enumerate(zip(by_id(spark_answers), by_id(alone))):
        if a != b:
            sys.exit(f"DIFFERENT: line {n + 1} after sorting by id:\n spark {a[:200]}\n alone {b[:200]}")
    print(f"identical: {len(alone)} answers, line for line after sorting by id")


if __name__ == "__main__":
    main()
