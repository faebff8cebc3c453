"""The evaluation reports: short excerpts of published reports, each cited, with the entries
a careful analyst would make from them (`gold`).

Excerpts are verbatim and only as long as the entries need. `split` tells what the
pipeline has seen of a report:

- "dev": the reports it was built against;
- "test": first run unseen, whose misses then led to fixes;
- "former held-out": first run unseen on 2026-12-01 (entries written down before that
  run), whose misses then led to fixes;
- "former held-out 2": the second held-out set, first run unseen on 2026-12-01 (entries
  committed before that run), whose misses then led to fixes (`corpus_seen`);
- "former held-out 3": the third, first run unseen on 2026-12-01 as "held-out (fresh)"
  (entries committed before that run), whose misses then led to fixes (`corpus_seen`);
- "former held-out 4": the fourth, first run unseen on 2026-12-01 as "held-out (fresh 2)"
  (entries committed before that run), whose misses then led to fixes (`corpus_seen_4`);
- "former held-out 5": the fifth, first run unseen on 2026-12-01 (evening) as "held-out"
  (entries committed before that run), whose misses then led to general changes
  (`corpus_held_out`);
- "held-out 7": the seventh (`corpus_unseen_7`), committed before this round's changes and
  run once at that commit (its first figures in BENCHMARKS.md); it is in the default table
  since, so its later figures are of a set the work has seen;
- "held-out 9": the ninth (`corpus_unseen_9`), committed before the next round's changes
  and run once at that commit (its first figures in BENCHMARKS.md); in the default table
  since, so its later figures are of a set the work has seen;
- "held-out 11": the eleventh (`corpus_unseen_11`), committed before the round after that
  changed anything and run once at that commit (its first figures in BENCHMARKS.md); in
  the default table since, so its later figures are of a set the work has seen;
- "held-out 6", "held-out 8", "held-out 10", "held-out 12": the sixth (`corpus_sealed`),
  eighth (`corpus_sealed_8`), tenth (`corpus_sealed_10`) and twelfth (`corpus_sealed_12`),
  each committed before a round's changes and run once, sealed, at its end (their first
  figures in BENCHMARKS.md); in the default table since 2026-12-02 (early morning), when
  their misses were worked on, so their later figures are of sets the work has seen;
- "held-out 13": the thirteenth (`corpus_sealed_13`), committed before that round's changes
  and run once, sealed, at its end with the flag `--sealed-13` (its first figures in
  BENCHMARKS.md); in the default table since 2026-12-02 (afternoon), when its misses were
  worked on, so its later figures are of a set the work has seen;
- "held-out 14": the fourteenth (`corpus_unseen_14`), committed before this round's changes
  and run once at that commit (its first figures in BENCHMARKS.md); in the default table
  from the start, so its later figures are of a set the work has seen;
- "held-out 15": the fifteenth (`corpus_unseen_15`), committed before the next round's
  changes and run once at that commit (its first figures in BENCHMARKS.md); in the default
  table from the start, so its later figures are of a set the work has seen;
- "held-out 16": the sixteenth (`corpus_unseen_16`), committed before the next round's
  changes and run once at that commit (its first figures in BENCHMARKS.md); in the default
  table from the start, so its later figures are of a set the work has seen;
- "held-out 17": the seventeenth (`corpus_unseen_17`), committed before the next round's
  changes and run once at that commit (its first figures in BENCHMARKS.md); in the default
  table from the start, so its later figures are of a set the work has seen;
- "held-out 18": the eighteenth (`corpus_unseen_18`), committed before the next round's
  changes and run once at that commit (its first figures in BENCHMARKS.md); in the default
  table from the start, so its later figures are of a set the work has seen;
- "held-out 19": the nineteenth (`corpus_unseen_19`), committed before the next round's
  changes and run once at that commit (its first figures in BENCHMARKS.md); in the default
  table from the start, so its later figures are of a set the work has seen;
- "held-out 20": the twentieth (`corpus_unseen_20`), committed before the next round's
  changes and run once at that commit (its first figures in BENCHMARKS.md); in the default
  table from the start, so its later figures are of a set the work has seen;
- "held-out 21": the twenty-first (`corpus_unseen_21`), committed before the pipeline ever
  ran on it and run once at that commit (its first figures in BENCHMARKS.md); in the default
  table from the start, so its later figures are of a set the work has seen;
- "held-out 22": the twenty-second (`corpus_unseen_22`), sealed (committed, not registered)
  before the pipeline ever ran on it, registered and run once after the next round's changes
  (its first figures in BENCHMARKS.md); in the default table since, so its later figures are
  of a set the work has seen;
- "held-out 23": the twenty-third (`corpus_unseen_23`), sealed the same way and registered
  and run once after the twenty-second's rules were in;
- "held-out 24": the twenty-fourth (`corpus_unseen_24`, 15 reports), sealed the same way and
  registered and run once after the twenty-third's rules were in;
- "held-out 25": the twenty-fifth (`corpus_unseen_25`, 46 reports), sealed the same way and
  registered and run once after the twenty-fourth's rules and the development round of
  2026-12-04 were in;
- "held-out 26": the twenty-sixth (`corpus_unseen_26`, 47 reports), sealed the same way and
  registered and run once after the twenty-fifth's rules were in;
- "held-out 27": the twenty-seventh (`corpus_unseen_27`, 40 reports), sealed the same way and
  registered and run once after the twenty-sixth's rules were in.

So every split is development data now; only the first run of each held-out set said how
the pipeline did on reports it had never seen, and those first figures are in
BENCHMARKS.md. `effective` lists the dates an analyst may enter: the date the text gives
and, where it describes an ongoing process without one, the publication date.
"""

from bench.intake.corpus_dev import DEV_REPORTS
from bench.intake.corpus_held_out import HELD_OUT_REPORTS
from bench.intake.corpus_seen import SEEN_REPORTS
from bench.intake.corpus_seen_4 import SEEN_4_REPORTS
from bench.intake.corpus_sealed import SEALED_REPORTS
from bench.intake.corpus_sealed_8 import SEALED_8_REPORTS
from bench.intake.corpus_sealed_10 import SEALED_10_REPORTS
from bench.intake.corpus_sealed_12 import SEALED_12_REPORTS
from bench.intake.corpus_sealed_13 import SEALED_13_REPORTS
from bench.intake.corpus_unseen_7 import UNSEEN_7_REPORTS
from bench.intake.corpus_unseen_9 import UNSEEN_9_REPORTS
from bench.intake.corpus_unseen_11 import UNSEEN_11_REPORTS
from bench.intake.corpus_unseen_14 import UNSEEN_14_REPORTS
from bench.intake.corpus_unseen_15 import UNSEEN_15_REPORTS
from bench.intake.corpus_unseen_16 import UNSEEN_16_REPORTS
from bench.intake.corpus_unseen_17 import UNSEEN_17_REPORTS
from bench.intake.corpus_unseen_18 import UNSEEN_18_REPORTS
from bench.intake.corpus_unseen_19 import UNSEEN_19_REPORTS
from bench.intake.corpus_unseen_20 import UNSEEN_20_REPORTS
from bench.intake.corpus_unseen_21 import UNSEEN_21_REPORTS
from bench.intake.corpus_unseen_22 import UNSEEN_22_REPORTS
from bench.intake.corpus_unseen_23 import UNSEEN_23_REPORTS
from bench.intake.corpus_unseen_24 import UNSEEN_24_REPORTS
from bench.intake.corpus_unseen_25 import UNSEEN_25_REPORTS
from bench.intake.corpus_unseen_26 import UNSEEN_26_REPORTS
from bench.intake.corpus_unseen_27 import UNSEEN_27_REPORTS

REPORTS = (DEV_REPORTS + SEEN_REPORTS + SEEN_4_REPORTS + HELD_OUT_REPORTS + UNSEEN_7_REPORTS
           + UNSEEN_9_REPORTS + UNSEEN_11_REPORTS + SEALED_REPORTS + SEALED_8_REPORTS
           + SEALED_10_REPORTS + SEALED_12_REPORTS + SEALED_13_REPORTS + UNSEEN_14_REPORTS
           + UNSEEN_15_REPORTS + UNSEEN_16_REPORTS + UNSEEN_17_REPORTS
           + UNSEEN_18_REPORTS + UNSEEN_19_REPORTS + UNSEEN_20_REPORTS
           + UNSEEN_21_REPORTS + UNSEEN_22_REPORTS + UNSEEN_23_REPORTS + UNSEEN_24_REPORTS
           + UNSEEN_25_REPORTS + UNSEEN_26_REPORTS + UNSEEN_27_REPORTS)
