"""Long documents: time and memory of one document as it grows, as ratios.

    python benchmarks/long_document.py [--sizes 250000 1000000 4000000]

Each size runs in a fresh process (peak memory is per process), through `kg run` into
a temporary folder, so that the corpus path (windows, store) is what is measured. The
text repeats the dev corpus, so the density of facts stays the same as it grows.
Printed: seconds, characters per second, peak RSS, and each as a ratio against the
smallest size measured in the same run. Run by hand; it is not a test.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus_text(size: int) -> str:
    paragraphs = []
    for path in sorted((ROOT / "data" / "dev").glob("*.txt")):
        paragraphs.append(path.read_text(encoding="utf-8"))
    block = "\n\n".join(paragraphs)
    return (block * (size // len(block) + 1))[:size]


def measure(size: int, encoding: str = "utf-8") -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "long.txt"
        source.write_text(corpus_text(size), encoding=encoding)
        began = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "pipeline", "run", str(source), "--out", str(Path(tmp) / "out"),
                               "--no-progress"], capture_output=True, text=True)
        seconds = time.perf_counter() - began
        if done.returncode not in (0, 1):
            raise SystemExit(done.stderr[-2000:])
        rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        run = json.loads((Path(tmp) / "out" / "run.json").read_text(encoding="utf-8"))
    return {"size": size, "seconds": seconds, "rss_mb": rss_mb, "stages": run.get("seconds", {})}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", nargs="+", type=int, default=[250_000, 1_000_000])
    ap.add_argument("--encoding", default="utf-8",
                    help="of the input file, e.g. gb18030: the ingest stage's seconds show its decoding")
    args = ap.parse_args()
    rows = []
    for size in sorted(args.sizes):  # ascending: a child's peak is then the largest so far
        rows.append(measure(size, args.encoding))
    base = rows[0]
    print(f"{'characters':>12}{'seconds':>10}{'chars/s':>10}{'time ratio':>12}{'size ratio':>12}{'peak MB':>10}")
    for row in rows:
        print(f"{row['size']:>12,}{row['seconds']:>10.1f}{row['size'] / row['seconds']:>10,.0f}"
              f"{row['seconds'] / base['seconds']:>12.2f}{row['size'] / base['size']:>12.2f}{row['rss_mb']:>10.0f}")
    print("\nseconds per stage at the largest size:", {k: round(v, 1) for k, v in rows[-1]["stages"].items()})
    print("peak MB is the largest child process so far (sizes ascend, so each row is that size's peak)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
