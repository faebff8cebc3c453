"""`tracker import` of two checkouts side by side: CPU, wall time and peak memory, same file.

    .venv/bin/python -m bench.import_side_by_side OTHER_CHECKOUT [--facilities 10000] [--runs 3] [--file F]

Each run imports the file into an empty folder of its own, with this .venv: once with this
checkout's code, once with OTHER_CHECKOUT's (through PYTHONPATH), alternating which goes
first (A B, B A, ...) so a busy machine weighs on both alike. Prints each run, the medians
and their ratio, and whether both wrote the same files byte for byte (a digest of every
file's name and bytes). CPU time (user and system, from wait4) is the figure to read on a
shared machine; the wall time carries the neighbours' load. For a change to the import,
when the whole `bench.run` is too slow (BENCHMARKS.md).
"""

import argparse
import datetime
import hashlib
import os
import shutil
import statistics
import tempfile
from pathlib import Path

from bench import generate, server
from bench.run import OUT, machine

HERE = Path(__file__).resolve().parent.parent


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("other", type=Path, help="The other checkout (its tracker/ is imported).")
    parser.add_argument("--facilities", type=int, default=10_000, help="Size of the generated dataset.")
    parser.add_argument("--runs", type=int, default=3, help="Imports of each checkout.")
    parser.add_argument("--file", type=Path, help="Import this file instead of a generated one.")
    parser.add_argument("--out", type=Path, default=OUT, help="Where generated datasets are kept and reused.")
    args = parser.parse_args(argv)
    end = datetime.date.today() - datetime.timedelta(days=1)
    source = args.file or generate.cached(args.facilities, end, args.out)
    trees = {"this": HERE, "other": args.other.resolve()}
    print(f"{source} ({source.stat().st_size / 1e6:.1f} MB); this = {HERE}, other = {trees['other']}")
    print(f"start: {machine()}")
    runs, digests = {name: [] for name in trees}, {name: set() for name in trees}
    for number in range(args.runs):
        for name in (("this", "other") if number % 2 == 0 else ("other", "this")):
            wall, cpu, peak, digest = _import(trees[name], source)
            runs[name].append((cpu, wall, peak))
            digests[name].add(digest)
            print(f"run {number + 1} {name:5s}: CPU {cpu:7.1f} s, wall {wall:7.1f} s, peak RSS {peak / 1e6:6.0f} MB")
    print(f"end:   {machine()}")
    _report(runs)
    same = len(digests["this"] | digests["other"]) == 1
    print(f"stored files byte for byte the same in every run: {'yes' if same else 'NO'}")


def _import(tree, source):
    """One `tracker import` with `tree`'s code into a new folder: (wall s, CPU s, peak RSS bytes, digest)."""
    before = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = str(tree)
    work = Path(tempfile.mkdtemp(prefix="import-sbs-"))
    try:
        cpu = []
        wall, peak = server.run_import(source, work / "data", cpu)
        return wall, cpu[0], peak, _digest(work / "data")
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if before is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = before


def _digest(folder):
    """SHA-256 over every facility file's name and bytes, in name order."""
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.geojson")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _report(runs):
    print("| figure (median) | this | other | this / other |")
    print("|---|---:|---:|---:|")
    for index, (label, unit, scale) in enumerate([("CPU time (user and system)", "s", 1),
                                                   ("wall time", "s", 1), ("peak RSS", "MB", 1e-6)]):
        this, other = (statistics.median(run[index] for run in runs[name]) for name in ("this", "other"))
        print(f"| {label} | {this * scale:.1f} {unit} | {other * scale:.1f} {unit} | {this / other:.2f}x |")


if __name__ == "__main__":
    main()
