"""Constructions the misses of the twenty-first set led to (README, "Report intake", *The
twenty-first set's classes*), in the languages each applies to. The sentences are the
tests' own, not the corpus's."""

import pytest

from tests.intake.probes import statuses
from tracker.intake import extract


@pytest.mark.parametrize("text, place", [
    ("هل غادرت سفن روسية ميناء طرطوس؟", "tartus-naval-facility"),
    ("Is Russia leaving the Hmeimim air base?", "hmeimim-air-base"),
    ("«Уходит ли Россия с авиабазы Хмеймим?»", "hmeimim-air-base"),
])
def test_a_question_states_nothing_and_its_place_is_listed_as_named(text, place, features):
    result = extract({"text": text, "published": "2025-03-01"}, features, gazetteer=False)
    assert result["proposals"] == []
    assert [u["facility"] for u in result["unproposed"]] == [place]


def test_a_question_leaves_the_statements_after_it_their_cues(features):
    text = "هل غادرت سفن روسية ميناء طرطوس؟\nغادرت السفن الروسية ميناء طرطوس أمس."
    assert statuses(text, features) == {("tartus-naval-facility", "reduced")}


@pytest.mark.parametrize("text", [
    "«Это вот, что я вам хочу сказать», — сказал Песков о базах.",
    "Российские военные хотят остаться.",
])
def test_a_lower_case_cyrillic_word_is_no_loose_spelling_of_a_name(text, features):
    result = extract({"text": text, "published": "2025-03-01"}, features, gazetteer=False)
    assert result["proposals"] == [] and result["unproposed"] == []


@pytest.mark.parametrize("text", [
    "Russian cargo planes continue to arrive at Hmeimim air base.",
    "Two Il-76 planes land at Hmeimim every week.",
])
def test_planes_arriving_in_the_present_are_activity_at_the_base(text, features):
    assert statuses(text, features) == {("hmeimim-air-base", "active")}


@pytest.mark.parametrize("text, place", [
    ("أفادت تقارير عن شروع روسيا في سحب قواتها من مطار القامشلي.", "qamishli-airport"),
    ("Russia began to transfer \"resources from its Syrian base in Tartous to Libya\".", "tartus-naval-facility"),
    ("Russian units started to move equipment from the Hmeimim air base.", "hmeimim-air-base"),
])
def test_a_start_of_leaving_said_by_a_verbal_noun_or_a_past_verb(text, place, features):
    assert statuses(text, features) == {(place, "withdrawing")}


def test_a_denied_start_of_withdrawing_ships_keeps_the_base(features):
    text = "نفى مصدر دبلوماسي روسي صحة أنباء تداولتها وسائل إعلام حول شروع موسكو في سحب جزء من أسطولها من قاعدة طرطوس."
    assert statuses(text, features) == {("tartus-naval-facility", "active")}
