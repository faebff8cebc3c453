"""The evaluation reports: short excerpts of published reports, each cited, with the entries
a careful analyst would make from them (`gold`).

Excerpts are verbatim and only as long as the entries need. `split` tells what the
pipeline has seen of a report:

- "dev": the reports it was built against;
- "test": first run unseen, whose misses then led to fixes;
- "former held-out": first run unseen on 2026-12-01 (entries written down before that
  run), whose misses then led to fixes;
- "held-out": assembled after the last change to the pipeline, entries written down and
  committed before it first ran on them, nothing changed after that run.

So "dev", "test" and "former held-out" are development data now (`corpus_dev`); only
"held-out" (`corpus_held_out`) says how the pipeline does on reports it has never seen.
Their first figures are in BENCHMARKS.md. `effective` lists the dates an analyst may
enter: the date the text gives and, where it describes an ongoing process without one,
the publication date.
"""

from bench.intake.corpus_dev import DEV_REPORTS
from bench.intake.corpus_held_out import HELD_OUT_REPORTS

REPORTS = DEV_REPORTS + HELD_OUT_REPORTS
