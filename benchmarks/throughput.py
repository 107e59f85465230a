"""Throughput of the whole pipeline on a generated corpus, as ratios to baselines of the same run.

    python benchmarks/throughput.py --docs 1000 10000    # the full measurement (long)
    python benchmarks/throughput.py --quick              # 50 and 200 documents

For each corpus size, in a fresh process (so that peak memory is that size's own):
characters per second of the whole pipeline and of each stage, against bare
``jieba.lcut`` over the same texts; peak memory (maxrss of the pipeline runs, taken
before the rdflib comparison loads its Dataset; tracemalloc would slow the NLP
stages several times over, so it is left out); the re-run of the unchanged corpus as
a share of the first run; each named query on the store against the same query on
rdflib's in-memory Dataset. Then the peak memory of the stages alone (no store, no
exports) at the smallest and largest size, and ``--workers 2`` against 1 worker on the
smallest size. Run by hand, never from the tests.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import paths  # noqa: E402

PLACES = ["渝中区", "青岚区", "萧山区", "衢州市", "洛阳市", "溧阳市", "青溪县", "南屏市", "云岭市",
          "扬州市", "江北区", "沙坪坝区", "九龙坡区", "南岸区", "北碚区", "黔江区", "石柱县"]
PEOPLE = ["王志宏", "何建国", "周卫民", "许文斌", "彭丽萍", "严国栋", "宗少峰", "周沐阳", "邓宏",
          "曾伟", "欧阳靖"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
GIVEN = "志宏建国卫民文斌丽萍晓岚明远云峰海涛静怡佳琪子涵雨桐浩然思远俊杰"
SEED = 20221231
# rdflib's in-memory Dataset of 10,000 documents would not fit in memory, and its
# evaluator takes seconds a query on 200 (fact_sentence 3.2 s): the comparison with rdflib
# is made on a store of this many documents.
RDFLIB_DOCS = 200
WORKER_ROUNDS = 2  # runs of 1 worker and of 2, in turns, to compare their best


# -- the corpus -----------------------------------------------------------------------------

def paragraphs() -> list[str]:
    texts = [paths.DATA / "yuzhong_cppcc_2022.txt", *sorted((paths.DATA / "dev").glob("*.txt"))]
    return [line.strip() for path in texts
            for line in path.read_text(encoding="utf-8").splitlines() if len(line.strip()) > 8]


def generate(folder: Path, count: int, seed: int = SEED) -> list[str]:
    """``count`` documents of 3 to 8 sample paragraphs, names, years and figures varied."""
    pool, rng = paragraphs(), random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    texts = []
    for n in range(count):
        place, person = rng.choice(PLACES), _person(rng)
        body = "\n\n".join(_vary(p, place, person, rng) for p in rng.sample(pool, rng.randint(3, 8)))
        text = f"{place}政协{rng.randint(2015, 2024)}年工作综述（{n}）\n\n{body}\n"
        (folder / f"doc{n:05d}.txt").write_text(text, encoding="utf-8")
        texts.append(text)
    return texts


def _person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.randint(1, 2)))


def _vary(paragraph: str, place: str, person: str, rng: random.Random) -> str:
    for name in PLACES:
        paragraph = paragraph.replace(name, place)
    for name in PEOPLE:
        paragraph = paragraph.replace(name, person)
    paragraph = re.sub(r"20[12]\d(?=年)", lambda _: str(rng.randint(2015, 2024)), paragraph)
    return re.sub(r"(?<![\d年])\d{1,4}(?![\d年月日号届])",
                  lambda m: str(max(1, int(int(m.group()) * rng.uniform(0.5, 2)))), paragraph)


# -- one size, measured in its own process ------------------------------------------------------

def measure_size(count: int, workers: int, queries: bool = True) -> dict:
    from pipeline.corpus import run_corpus

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        texts = generate(Path(tmp) / "in", count)
        chars = sum(map(len, texts))
        jieba_seconds = _jieba_seconds(texts)
        began = time.perf_counter()
        report = run_corpus([Path(tmp) / "in"], Path(tmp) / "out", workers=workers)
        first = time.perf_counter() - began
        began = time.perf_counter()
        rerun = run_corpus([Path(tmp) / "in"], Path(tmp) / "out", workers=workers)
        again = time.perf_counter() - began
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # before rdflib
        result = {"docs": count, "workers": workers, "chars": chars, "seconds": first,
                  "jieba_seconds": jieba_seconds, "stage_seconds": report.seconds,
                  "rerun_seconds": again, "rerun_skipped": len(rerun.skipped),
                  "failed": len(report.failures),
                  "maxrss_mb": peak_mb}
        if queries:
            result["queries"] = _query_times(Path(tmp) / "out", rdflib=count <= RDFLIB_DOCS)
        return result


def measure_stages_memory(count: int) -> dict:
    """Peak memory of the stages alone over the same corpus, one document after another,
    with no store and no exports: the pipeline's own memory, the store excluded."""
    from pipeline.ingest import iter_sources
    from pipeline.run import new_run, process_all

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        generate(Path(tmp) / "in", count)
        done = sum(1 for _ in process_all(iter_sources([Path(tmp) / "in"]), new_run()))
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"docs": count, "processed": done, "maxrss_mb": peak_mb}


def _jieba_seconds(texts: list[str]) -> float:
    import jieba

    jieba.initialize()  # the dictionary load is not segmentation
    began = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    return time.perf_counter() - began


def _query_times(out: Path, rdflib: bool = True) -> dict[str, dict]:
    """Each named query on the store: its first page (what ``kg query --name`` answers,
    at the query's own page size) and all its pages (``--all``); with ``rdflib``, the
    whole query on rdflib's in-memory Dataset too. Seconds, best of three."""
    from pipeline.query import execute_page, named_queries
    from pipeline.store import open_store

    store = open_store(out, read_only=True)
    dataset = _rdflib_dataset(out) if rdflib else None
    times = {}
    for name, query in named_queries().items():
        text, paged = query.text, query.paging is not None
        times[name] = {"all": _best_of(lambda: execute_page(store, text, page=None)),
                       "paged": paged}
        if paged:  # else its first page is all of it
            times[name]["page"] = _best_of(lambda: execute_page(store, text, page=1))
        if dataset is not None:
            times[name]["rdflib"] = _rdflib_seconds(dataset, text)
    return times


def _rdflib_dataset(out: Path):
    import rdflib

    dataset = rdflib.Dataset(default_union=True)
    return dataset.parse(out / "graph.trig", format="trig")


def _rdflib_seconds(dataset, text: str):
    from pipeline.namespaces import PREFIXES

    try:
        return _best_of(lambda: list(dataset.query(text, initNs=PREFIXES)))
    except Exception as err:  # rdflib's evaluator has its own bugs (ORDER BY unbound)
        return f"rdflib failed: {type(err).__name__}: {err}"


def _best_of(action, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - began)
    return best


# -- the report -------------------------------------------------------------------------------

def run_in_child(count: int, workers: int, stages_only: bool = False,
                 queries: bool = True) -> dict:
    done = subprocess.run([sys.executable, __file__, "--measure", str(count), "--workers",
                           str(workers), *(["--stages-only"] if stages_only else []),
                           *([] if queries else ["--no-queries"])],
                          stdout=subprocess.PIPE, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def print_size(r: dict) -> None:
    rate = r["chars"] / r["seconds"]
    jieba_rate = r["chars"] / r["jieba_seconds"]
    print(f"\n{r['docs']} documents, {r['chars']:,} characters, {r['failed']} failed")
    print(f"  pipeline      {rate:12,.0f} chars/s   {rate / jieba_rate:8.4f} x bare jieba "
          f"({jieba_rate:,.0f} chars/s)")
    for stage, seconds in r["stage_seconds"].items():
        if seconds > 0:  # a stage alone slower than 0.4 x jieba puts the goal out of reach
            print(f"  {stage:13} {r['chars'] / seconds:12,.0f} chars/s   "
                  f"{r['jieba_seconds'] / seconds:8.4f} x bare jieba  "
                  f"{seconds / r['seconds']:6.1%} of the run")
    print(f"  re-run, unchanged: {r['rerun_seconds'] / r['seconds']:.1%} of the first run "
          f"({r['rerun_skipped']} skipped)")
    print(f"  peak memory (maxrss): {r['maxrss_mb']:,.0f} MB")
    for name, t in r.get("queries", {}).items():
        line = (f"  query {name:16} first page {t['page'] * 1000:8.1f} ms   "
                f"all {t['all'] * 1000:8.1f} ms" if t["paged"] else
                f"  query {name:16} (whole)    {t['all'] * 1000:8.1f} ms   ")
        baseline = t.get("rdflib")
        if isinstance(baseline, str):
            line += f"   {baseline}"
        elif baseline is not None:
            line += f"   all = {t['all'] / baseline:6.3f} x rdflib Dataset ({baseline * 1000:.1f} ms)"
        print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--quick", action="store_true", help="50 and 200 documents")
    parser.add_argument("--measure", type=int, help=argparse.SUPPRESS)  # one size, JSON out
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--stages-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--no-queries", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--workers-only", action="store_true",
                        help="only --workers 2 against 1 worker, on the first size")
    args = parser.parse_args()
    if args.measure:
        measure = measure_stages_memory if args.stages_only else \
            lambda count: measure_size(count, args.workers, queries=not args.no_queries)
        print(json.dumps(measure(args.measure)))
        return
    sizes = [50, 200] if args.quick else args.docs
    if not args.workers_only:
        print_sizes(sizes)
    print_workers(sizes[0])


def print_sizes(sizes: list[int]) -> None:
    results = [run_in_child(n, 1) for n in sizes]
    if min(sizes) > RDFLIB_DOCS:  # the named queries against rdflib, on a small store
        print_size(run_in_child(RDFLIB_DOCS, 1))
    for result in results:
        print_size(result)
    if len(results) > 1:
        first, last = results[0], results[-1]
        print(f"\npeak memory {last['docs']} vs {first['docs']} documents: "
              f"{last['maxrss_mb'] / first['maxrss_mb']:.2f} x "
              f"({first['maxrss_mb']:,.0f} → {last['maxrss_mb']:,.0f} MB, the store's caches and the exports included)")
        alone = [run_in_child(n, 1, stages_only=True) for n in (first["docs"], last["docs"])]
        print(f"the stages alone (no store, no exports): {alone[1]['maxrss_mb'] / alone[0]['maxrss_mb']:.2f} x "
              f"({alone[0]['maxrss_mb']:,.0f} → {alone[1]['maxrss_mb']:,.0f} MB)")


def print_workers(count: int) -> None:
    one, two = workers_seconds(count)
    print(f"--workers 2 on {count} documents: {one / two:.2f} x the throughput of 1 worker "
          f"({one:.1f} s → {two:.1f} s, best of {WORKER_ROUNDS} runs each, taken in turns)")
    print(f"the machine's own ceiling: two processes of a pure-Python loop do "
          f"{parallel_ceiling():.2f} x the work of one in the same time")


def workers_seconds(count: int) -> tuple[float, float]:
    """The first run's seconds with 1 worker and with 2, best of WORKER_ROUNDS each, run in
    turns: this machine's speed drifts over minutes, so a run of one worker measured long
    before the run of two would compare two different machines."""
    runs = [run_in_child(count, workers, queries=False)
            for _ in range(WORKER_ROUNDS) for workers in (1, 2)]
    return tuple(min(r["seconds"] for r in runs if r["workers"] == w) for w in (1, 2))


def parallel_ceiling(loops: int = 20_000_000) -> float:
    """What two processes get done against one, on work that shares nothing: the most
    ``--workers 2`` can give on this machine (virtual cores may share a physical one)."""
    context = multiprocessing.get_context("spawn")
    one = _burn(loops)
    with context.Pool(2) as pool:
        began = time.perf_counter()
        pool.map(_burn, [loops, loops])
        two = time.perf_counter() - began
    return 2 * one / two


def _burn(loops: int) -> float:
    began, total = time.perf_counter(), 0
    for i in range(loops):
        total += i * i
    return time.perf_counter() - began


if __name__ == "__main__":
    main()
