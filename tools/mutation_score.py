"""Print the mutation score of each module `make mutation` mutates, after a `mutmut run`.

Score = killed / (mutants - equivalent), where killed includes timeouts and equivalent
mutants are those listed in mutation-equivalents.txt (one name a line, `#` and why).
Lists every other survivor and exits 1 when a module run scores under the target.

    python tools/mutation_score.py [--target 92] [MODULE_PATTERN ...]
"""

import argparse
import fnmatch
import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KILLED = {1, 3, 36, 24, -24, 152, 255}  # test failures and timeouts (mutmut's exit codes)
NOT_RUN = {None, 2, 34}  # not checked yet, interrupted, skipped


def equivalents(path=ROOT / "mutation-equivalents.txt"):
    names = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        name = line.split("#", 1)[0].strip()
        if name:
            names.add(name)
    return names


def module_name(source):
    return source.removesuffix(".py").replace("/", ".")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", type=float, default=92.0)
    parser.add_argument("patterns", nargs="*", help="modules to report, e.g. 'tracker.posture*'")
    args = parser.parse_args(argv)
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mutmut"]
    equivalent, failed = equivalents(), False
    for source in config["only_mutate"]:
        module = module_name(source)
        if args.patterns and not any(fnmatch.fnmatch(module + ".x", p) for p in args.patterns):
            continue
        meta = ROOT / "mutants" / (source + ".meta")
        if not meta.exists():
            print(f"{module}: not run")
            continue
        codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        run = {name: code for name, code in codes.items() if code not in NOT_RUN}
        counted = {name: code for name, code in run.items() if name not in equivalent}
        killed = sum(code in KILLED for code in counted.values())
        score = 100 * killed / len(counted) if counted else 100.0
        print(f"{module}: {score:.1f}% killed ({killed} of {len(counted)}; "
              f"{len(run) - len(counted)} equivalent, {len(codes) - len(run)} not run)")
        for name, code in sorted(counted.items()):
            if code not in KILLED:
                print(f"    survived: {name} (exit {code})  -> .venv/bin/mutmut show {name}")
        failed |= score < args.target
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
