"""Constructions the misses of the twenty-third set led to (README, "Report intake", *The
twenty-third set's classes*). The sentences are the tests' own, not the corpus's."""

import pytest

from tests.intake.probes import statuses


@pytest.mark.parametrize("text", [
    "على النقيض من هذا الانسحاب في الشمال الشرقي، من المتوقع أن تحافظ روسيا على وجودها في قاعدتها الجوية بحميميم.",
    "In contrast to this withdrawal in the north-east, Russia is expected to maintain its presence at Hmeimim air base.",
    "В отличие от вывода войск на северо-востоке, Россия сохранит присутствие на авиабазе Хмеймим.",
])
def test_a_withdrawal_the_sentence_contrasts_its_base_with_does_not_leave_the_base(text, features):
    assert not {s for p, s in statuses(text, features) if p == "hmeimim-air-base"} & {
        "withdrawn", "withdrawing", "reduced", "handed_over"}


def test_a_contrasted_withdrawal_that_names_where_it_leaves_still_counts_there(features):
    found = statuses("على النقيض من الانسحاب من مطار القامشلي، تحافظ روسيا على وجودها في حميميم.", features)
    assert found == {("qamishli-airport", "withdrawing"), ("hmeimim-air-base", "active")}


@pytest.mark.parametrize("text", [
    "تحافظ روسيا على وجودها في قاعدة حميميم.",
    "ستحافظ القوات الروسية على قاعدة حميميم.",
])
def test_keeping_with_the_subject_between_the_verb_and_its_preposition(text, features):
    assert statuses(text, features) == {("hmeimim-air-base", "active")}


@pytest.mark.parametrize("text", [
    "Russia reduced its presence at Hmeimim air base.",
    "قلصت روسيا وجودها في قاعدة حميميم.",
    "Россия сократила присутствие на авиабазе Хмеймим.",
])
def test_a_presence_a_leaving_word_governs_is_no_presence_said(text, features):
    assert statuses(text, features) == {("hmeimim-air-base", "reduced")}


@pytest.mark.parametrize("text, expected", [
    ("Recent developments, including the departure of Russian warships from Tartus, signal a risk.",
     {("tartus-naval-facility", "reduced")}),
    ("Reports confirm the departure of Russian troops from Qamishli airport.",
     {("qamishli-airport", "withdrawing")}),
])
def test_the_departure_of_ships_or_troops_said_as_a_noun(text, expected, features):
    assert statuses(text, features) == expected


def test_a_base_named_beside_a_departure_noun_is_not_named_as_it_stands(features):
    assert statuses("تؤكد التقارير مغادرة السفن الروسية ميناء طرطوس.", features) == set()
