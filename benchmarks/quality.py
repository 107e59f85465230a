"""Quality benchmark: the pipeline on the sample and the dev corpus, scored by ../shared/eval/score.py.

    python benchmarks/quality.py [--docs STEM ...] [--details]

Prints, per document and overall, P/R/F1 per kind, micro-F1, attribute accuracy and
provenance. Run by hand; it is not a test.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
KINDS = ["Organization", "Person", "Event", "QuantitativeValue", "Place"]
MICRO = KINDS[:4]


def corpus() -> list[tuple[Path, Path]]:
    pairs = [(ROOT / "data" / "yuzhong_cppcc_2022.txt", SHARED / "eval" / "gold" / "yuzhong_cppcc_2022.json")]
    for text in sorted((ROOT / "data" / "dev").glob("*.txt")):
        gold = ROOT / "data" / "dev" / "gold" / f"{text.stem}.json"
        if gold.exists():
            pairs.append((text, gold))
    return pairs


def score_document(text: Path, gold: Path, out: Path) -> dict:
    from pipeline.run import build

    report = build([text])
    if report.failures:
        raise SystemExit(f"{text}: {report.failures[0].reason}")
    graph_file = out / f"{text.stem}.ttl"
    report.graphs[0].graph.serialize(graph_file, format="turtle")
    result = subprocess.run([sys.executable, str(SCORER), "--graph", str(graph_file), "--gold", str(gold),
                             "--text", str(text), "--json"], capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def print_table(scores: dict[str, dict]) -> None:
    print(f"{'document':<34}" + "".join(f"{k[:5]:>7}" for k in KINDS) + f"{'micro':>7}")
    totals = defaultdict(lambda: [0, 0, 0])
    attrs = defaultdict(lambda: [0, 0])
    for stem, s in scores.items():
        row = "".join(f"{s['kinds'][k]['f1']:7.2f}" for k in KINDS)
        print(f"{stem[:33]:<34}{row}{s['micro_f1']:7.3f}")
        for k in KINDS:
            for i, field in enumerate(("tp", "fp", "fn")):
                totals[k][i] += s["kinds"][k][field]
        for name, a in s["attributes"].items():
            attrs[name][0] += a["right"]
            attrs[name][1] += a["of"]
    print()
    print(f"{'overall':<34}" + "".join(f"{_f1(*totals[k]):7.2f}" for k in KINDS)
          + f"{_f1(*[sum(totals[k][i] for k in MICRO) for i in range(3)]):7.3f}")
    dev = {k: v for k, v in scores.items() if k != "yuzhong_cppcc_2022"}
    dev_totals = [sum(v["kinds"][k][f] for v in dev.values() for k in MICRO) for f in ("tp", "fp", "fn")]
    print(f"{'dev corpus only':<34}{'':>35}{_f1(*dev_totals):7.3f}")
    print(f"\n{'overall by kind':<20}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}")
    for k in KINDS:
        tp, fp, fn = totals[k]
        figures = f"{_ratio(tp, tp + fp):7.3f}{_ratio(tp, tp + fn):7.3f}{_f1(tp, fp, fn):7.3f}"
        print(f"  {k:<18}{figures}{tp:6d}{fp:6d}{fn:6d}")
    print("\nattributes (right/of matched items):")
    for name, (right, of) in sorted(attrs.items()):
        print(f"  {name:<22}{right:>4}/{of:<4} {right / of if of else 0:6.1%}")
    prov = [s["provenance"] for s in scores.values()]
    print(f"\nprovenance: {sum(p['nodes_with_valid_mention'] for p in prov)}/{sum(p['nodes'] for p in prov)} nodes "
          f"with a valid mention, {sum(p['mentions_with_wrong_offsets'] for p in prov)} mentions with wrong offsets")


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(tp: int, fp: int, fn: int) -> float:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", nargs="*", help="only these document stems")
    ap.add_argument("--details", action="store_true", help="print misses and false positives")
    args = ap.parse_args()
    scores = {}
    with tempfile.TemporaryDirectory() as tmp:
        for text, gold in corpus():
            if args.docs and text.stem not in args.docs:
                continue
            scores[text.stem] = score_document(text, gold, Path(tmp))
    print_table(scores)
    if args.details:
        for stem, s in scores.items():
            print(f"\n== {stem}")
            print("  " + "  ".join(f"{k[:5]} P {s['kinds'][k]['p']:.2f} R {s['kinds'][k]['r']:.2f}" for k in KINDS))
            for k in KINDS:
                if s["kinds"][k]["misses"]:
                    print(f"  missed {k}: {', '.join(map(str, s['kinds'][k]['misses']))}")
                if s["kinds"][k]["false"]:
                    print(f"  false  {k}: {', '.join(map(str, s['kinds'][k]['false']))}")
            for name, a in s["attributes"].items():
                if a["right"] < a["of"]:
                    print(f"  {name}: {a['right']}/{a['of']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
