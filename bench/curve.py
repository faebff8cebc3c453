"""The curve: each of the tracker's costs per facility at every size `bench.run` measured.

A cost that grows no faster than the work shows as a flat line. The last column compares
the largest size with the one before it (100,000 with 10,000 in `make bench`); the target
is that no cost per facility grows by more than half (BENCHMARKS.md, "The curve").
"""

GROWTH_TARGET = 1.5
# Figure (Row.key) -> (what it is, the unit per facility, the factor from the table's unit).
PER_FACILITY = {
    "import_s": ("`tracker import`: wall time", "ms", 1e3),
    "import_cpu": ("`tracker import`: CPU time", "ms", 1e3),
    "import_mb": ("`tracker import`: peak memory", "kB", 1e3),
    "first_answer": ("`tracker serve` restarted: start to its first answer", "ms", 1e3),
    "first_answer_cpu": ("`tracker serve` restarted: CPU time to its first answer", "ms", 1e3),
    "cold_answer": ("`tracker serve` cold: start to its first answer", "ms", 1e3),
    "server_rss": ("`tracker serve`: memory (RSS)", "kB", 1e3),
    "posture_ms": ("`GET /api/posture?date=` warm", "µs", 1e3),
    "wire_bytes": ("map page: bytes transferred", "B", 1e6),
    "ready_ms": ("map page: time to a ready map", "µs", 1e6),
    "step_ms": ("slider step: main-thread work", "µs", 1e3),
    "step_cpu_ms": ("slider step: main-thread CPU", "µs", 1e3),
    "jump_ms": ("Home-to-End jump", "µs", 1e3),
}


def render(tables):
    """The curve as Markdown, from {facilities: rows} (rows as bench.run makes them)."""
    sizes = sorted(tables)
    header = " | ".join(f"{size}" for size in sizes)
    lines = [
        "Cost per facility (the figure divided by the number of facilities; a slider step changes"
        " a fixed share of them):\n",
        f"| cost per facility | {header} | {sizes[-1]} / {sizes[-2]} | target | met? |",
        "|---|" + "---:|" * len(sizes) + "---|---|---|",
    ]
    for key, (label, unit, factor) in PER_FACILITY.items():
        values = [_per_facility(tables[size], key, size, factor) for size in sizes]
        cells = " | ".join("" if value is None else f"{_figure(value)} {unit}" for value in values)
        if values[-1] is None or not values[-2]:
            growth, met = "", "-"
        else:
            ratio = values[-1] / values[-2]
            growth, met = f"{ratio:.2f}x", "yes" if ratio <= GROWTH_TARGET else "**no**"
        lines.append(f"| {label} | {cells} | {growth} | <= {GROWTH_TARGET}x | {met} |")
    return "\n".join(lines)


def _figure(value):
    return f"{value:,.0f}" if value >= 100 else f"{value:.3g}"


def _per_facility(rows, key, size, factor):
    row = next((row for row in rows if row.key == key), None)
    if row is None or row.ours is None:
        return None
    return row.ours * factor / size
