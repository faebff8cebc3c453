"""`bench.stores` end to end at 100 facilities, so that its code cannot rot; no speed is asserted."""

import re

from tests.test_bench_smoke import bench

NUMBER = re.compile(r"^\d+(\.\d+)? (s|ms)$")


def test_the_store_benchmark_measures_both_stores_at_100_facilities():
    output = bench("stores", "--facilities", "100", "--runs", "1", "--writes", "3")
    rows = [line.split("|")[1:-1] for line in output.splitlines() if line.startswith("| ")][1:]
    assert len(rows) == 5, output
    for metric, folder, postgis, ratio, target, met in (map(str.strip, row) for row in rows):
        assert NUMBER.match(folder) and NUMBER.match(postgis), (metric, folder, postgis)
        assert re.fullmatch(r"\d+\.\d\dx", ratio), (metric, ratio)
        assert met in ("yes", "**no**", "-"), (metric, met)
