"""The talks convention settled after the twentieth set's first run (README, "Report
intake"): talks for Russia's forces to remain at a named base make that base active, and are
never read as leaving it. The sentences are the tests' own, not the corpus's."""

import pytest

from tests.intake.probes import statuses

LEFT = {"withdrawn", "withdrawing", "handed_over", "reduced"}


@pytest.mark.parametrize("text", [
    "Moscow is negotiating with the new authorities to keep its forces at the Hmeimim air base.",
    "Russia is in talks with Damascus to maintain its air base at Hmeimim.",
])
def test_talks_for_forces_to_remain_make_the_base_active(text, features):
    found = statuses(text, features)
    assert ("hmeimim-air-base", "active") in found, found
    assert not {s for p, s in found if p == "hmeimim-air-base"} & LEFT, found
