"""The fresh held-out reports of the intake evaluation (see `bench.intake.corpus`)."""

HELD_OUT_REPORTS = []
