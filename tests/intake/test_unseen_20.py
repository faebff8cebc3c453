"""What the twentieth set's first run led to (README, "Report intake"): talks for Russia's
forces to remain at a named base make that base active and are never read as leaving it;
keeping unnamed bases "still" (لا تزال تحافظ على) is keeping now, and reaches the base the
next sentence names as a move's source; an embassy's staff are diplomats. The sentences are
the tests' own, not the corpus's."""

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


@pytest.mark.parametrize("text", [
    "تعد قاعدة حميميم من أبرز المراكز الروسية. لكن روسيا لا تزال تحافظ على وجودها في "
    "القاعدتين. وأظهرت صور جديدة تجهيزات لنقل معدات من قاعدة حميميم.",
    "Moscow still keeps its two bases on the coast. New images show equipment being readied "
    "for removal from the Hmeimim air base.",
])
def test_still_keeping_unnamed_bases_keeps_the_base_named_next(text, features):
    found = statuses(text, features)
    assert ("hmeimim-air-base", "active") in found, found
    assert not {s for p, s in found if p == "hmeimim-air-base"} & LEFT, found


def test_keeping_without_still_or_negation_is_not_read_as_now(features):
    # A promise to keep unnamed bases stays no entry for the base named next.
    text = ("Russia will keep its two bases, officials said. New images show equipment being "
            "readied for removal from the Hmeimim air base.")
    assert ("hmeimim-air-base", "active") not in statuses(text, features)


@pytest.mark.parametrize("text", [
    "Moscow announced the withdrawal of some staff from the Russian embassy in Damascus, "
    "on a flight from the Hmeimim air base.",
    "Началась эвакуация сотрудников российского посольства в Дамаске через авиабазу Хмеймим.",
])
def test_an_embassys_staff_are_not_the_force(text, features):
    found = statuses(text, features)
    assert not {s for p, s in found if p == "hmeimim-air-base"} & LEFT, found


def test_staff_without_an_embassy_may_be_the_force(features):
    text = "The withdrawal of staff officers from the Hmeimim air base began on Monday."
    assert ("hmeimim-air-base", "withdrawing") in statuses(text, features)
