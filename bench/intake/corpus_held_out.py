"""The held-out reports of the intake evaluation (see `bench.intake.corpus`): none now.

Every set assembled so far has been run and then fixed against, so it is development data
(`corpus_dev`, `corpus_seen`, `corpus_seen_4`). The next set of reports the pipeline has
never run on goes here, split "held-out", its entries committed before its first run.
"""

HELD_OUT_REPORTS = []
