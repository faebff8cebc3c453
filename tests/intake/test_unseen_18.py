"""Constructions the misses of the eighteenth set led to (README, "Report intake", *The
eighteenth set's classes*): places a sentence excepts from its own withdrawal ("all their
positions except for ..."), in the three languages. The sentences are the tests' own."""

import pytest

from tests.intake.probes import statuses

LEFT = {"withdrawn", "withdrawing", "handed_over", "reduced"}


@pytest.mark.parametrize("text", [
    "The Russians pulled out of every post they held in the country except the Hmeimim air "
    "base and the Tartus naval facility.",
    "انسحبت القوات الروسية من جميع مواقعها في سوريا باستثناء قاعدة حميميم وميناء طرطوس.",
    "Российские военные ушли со всех позиций в Сирии, кроме авиабазы Хмеймим и базы в Тартусе.",
])
def test_places_excepted_from_a_withdrawal_are_kept(text, features):
    found = statuses(text, features)
    for place in ("hmeimim-air-base", "tartus-naval-facility"):
        assert not {s for p, s in found if p == place} & LEFT, found
        assert (place, "active") in found, found


@pytest.mark.parametrize("text", [
    "Russian forces withdrew from Qamishli airport, except for a few guards.",
    "انسحبت القوات الروسية من مطار القامشلي، باستثناء عدد من الحراس.",
])
def test_an_exception_after_the_place_does_not_keep_it(text, features):
    # The exception comes after the place: the place left is still left.
    found = statuses(text, features)
    assert {s for p, s in found if p == "qamishli-airport"} & LEFT, found


def test_a_clause_boundary_ends_the_exception(features):
    # "except" in an earlier clause does not reach a place left in the next one.
    text = ("All the bases were kept except one; on Monday the Russian forces withdrew from "
            "Qamishli airport.")
    found = statuses(text, features)
    assert ("qamishli-airport", "active") not in found, found


@pytest.mark.parametrize("text", [
    "Hmeimim air base has become a hub for evacuating Russian nationals who wish to leave Syria.",
    "أصبحت قاعدة حميميم مركزا لعمليات إجلاء للرعايا الروس الراغبين بمغادرة سوريا.",
    "С авиабазы Хмеймим началась эвакуация граждан России, желающих покинуть Сирию.",
])
def test_civilians_flown_out_of_a_base_do_not_make_it_withdrawing(text, features):
    found = statuses(text, features)
    assert not {s for p, s in found if p == "hmeimim-air-base"} & LEFT, found


@pytest.mark.parametrize("text", [
    "Hmeimim air base is busy evacuating Russian nationals, officers and soldiers and their "
    "equipment.",
    "Транспортные самолеты на авиабазе Хмеймим занимаются эвакуацией граждан, офицеров и "
    "военнослужащих, а также техники.",
])
def test_the_force_listed_with_civilians_still_makes_it_withdrawing(text, features):
    found = statuses(text, features)
    assert ("hmeimim-air-base", "withdrawing") in found, found
