"""Constructions the misses of the twenty-second set led to (README, "Report intake", *The
twenty-second set's classes*), in the languages each applies to. The sentences are the
tests' own, not the corpus's."""

import pytest

from tests.intake.probes import statuses


@pytest.mark.parametrize("text", [
    "Many who fled violence found refuge abroad, while some took shelter at Russia's Hmeimim air base.",
    "فر المدنيون من العنف ولجأوا إلى قاعدة حميميم.",
    "Мирные жители бежали от насилия и укрылись на авиабазе Хмеймим.",
])
def test_others_fleeing_to_a_refuge_is_no_leaving_and_the_base_they_shelter_at_is_active(text, features):
    assert statuses(text, features) == {("hmeimim-air-base", "active")}


def test_the_force_fleeing_to_a_refuge_is_still_a_move(features):
    found = statuses("Russian troops fled Qamishli airport and took refuge at the Hmeimim air base.", features)
    assert ("qamishli-airport", "withdrawn") in found and ("hmeimim-air-base", "active") not in found


@pytest.mark.parametrize("text", [
    "A few Alawites have left the Hmeimim air base, seeking to return to their houses.",
    "غادر المدنيون قاعدة حميميم.",
    "Беженцы покинули авиабазу Хмеймим.",
])
def test_civilians_leaving_a_base_are_not_the_force_leaving_it(text, features):
    assert statuses(text, features) == set()


@pytest.mark.parametrize("text", [
    "Russian troops and civilians left Qamishli airport.",
    "غادرت القوات الروسية والمدنيون مطار القامشلي.",
])
def test_the_force_named_with_civilians_still_leaves(text, features):
    assert statuses(text, features) == {("qamishli-airport", "withdrawn")}


@pytest.mark.parametrize("text, expected", [
    ("Civilians sheltered at the Hmeimim air base to escape violence in the provinces of Latakia and Tartus.",
     {("hmeimim-air-base", "active")}),
    ("В провинции Тартус находится пункт материально-технического обеспечения ВМФ России.",
     {("tartus-naval-facility", "active")}),
])
def test_a_province_named_like_a_facility_is_the_province_unless_a_base_follows(text, expected, features):
    assert statuses(text, features) == expected
