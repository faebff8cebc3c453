"""The held-out reports of the intake evaluation (see `bench.intake.corpus`).

Assembled after the last change to the pipeline; each entry written down, and committed,
before the pipeline first ran on it.
"""

HELD_OUT_REPORTS = []
