"""Run a command and print what it alone used: `python bench/child_usage.py CMD [ARG...]`.

The command's stdout and stderr pass through; after it ends, a last stderr line gives its
exit code, wall seconds, CPU seconds (user and system) and peak RSS in bytes, as JSON.

Why not read the rusage of a child started by the benchmark itself: on Linux a child's
`ru_maxrss` is the high-water mark of the memory it had before `exec` too, and a forked (or
vforked) child has its parent's. `bench.run` holds a generated dataset of 100,000 facilities
(3.7 GB) when it starts the import, and wait4 reported that as the import's peak. This
launcher is small, so what its child inherits is a few megabytes, not the benchmark's heap.
It imports the standard library only, so it runs as a plain script from anywhere.
"""

import json
import os
import subprocess
import sys
import time

MARK = "child-usage: "  # the report line's prefix, for `read_report`


def main(argv):
    start = time.perf_counter()
    child = subprocess.Popen(argv)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    report = {"returncode": child.returncode, "wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime,
              "peak_rss": usage.ru_maxrss * 1024}  # Linux reports kilobytes
    print(MARK + json.dumps(report), file=sys.stderr, flush=True)
    return child.returncode


def read_report(stderr_text):
    """The report `main` printed, from the whole stderr text of a run (its last such line)."""
    lines = [line for line in stderr_text.splitlines() if line.startswith(MARK)]
    if not lines:
        raise RuntimeError(f"no usage report in: {stderr_text[-2000:]}")
    return json.loads(lines[-1][len(MARK):])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
