"""Constructions the misses of the twenty-seventh set led to (README, "Report intake", *The
twenty-seventh set's classes*). The sentences are the tests' own, not the corpus's."""

import pytest

from tests.intake.probes import kinds, statuses
from tracker.intake import extract

HM, TA, Q = "hmeimim-air-base", "tartus-naval-facility", "qamishli-airport"


def test_a_plan_carried_to_the_places_after_it_is_no_status_and_no_crash(features):
    text = ("Moscow plans to keep its bases in Syria. These are the naval facility in Tartus and the "
            "Hmeimim airfield.\nLater, Russian forces withdrew from the Tartus naval facility.")
    result = extract({"text": text, "published": "2025-01-01"}, features, gazetteer=False)
    assert not [p for p in result["proposals"] if p["facility"] == TA]  # kept: never proposed as left


def test_has_the_auxiliary_is_no_possession():
    assert kinds("Russia has pulled troops from several bases in northern Syria.") == [("withdrawn", "change")]
    assert kinds("Russia has a naval base in Tartus.") == [("active", "present")]


@pytest.mark.parametrize("sentence, status", [
    ("Moscow appears to have been kicked out of its naval base at Tartus.", "withdrawn"),
    ("Two Russian cargo ships entered the Tartus naval facility to begin a probable evacuation.", "withdrawing"),
    ("Russian activity was observed on Sunday at the Hmeimim air base.", "active"),
])
def test_english_forms_of_leaving_and_of_activity(sentence, status, features):
    assert {s for _, s in statuses(sentence, features)} == {status}


def test_an_example_after_a_plural_of_places_is_a_place():
    text = "Russia has pulled troops from several bases in northern Syria, such as Manbij and Kobani."
    result = extract({"text": text, "published": "2024-12-16"}, [], gazetteer=True)
    names = {p["new_facility"]["name"] for p in result["proposals"]}
    assert {"Manbij", "Kobani"} <= names


def test_towns_named_are_listed_though_another_town_is_proposed():
    text = "Russian forces left Manbij. Officials met in Raqqa."
    result = extract({"text": text, "published": "2024-12-16"}, [], gazetteer=True)
    assert [p["new_facility"]["name"] for p in result["proposals"]] == ["Manbij"]
    assert [u["mention"] for u in result["unproposed"]] == ["Raqqa"]


@pytest.mark.parametrize("sentence", [
    "Russia has lost the use of the naval base at Tartus.",
    "The Russian Navy stopped using the Tartus naval facility in practice.",
    "توقفت البحرية الروسية عن استخدام ميناء طرطوس.",
    "ВМФ России перестал использовать базу в Тартусе.",
    "В порту Тартус не осталось ни одного российского корабля.",
    "No Russian ships remain in the Tartus naval facility.",
    "لم يبق أي سفينة روسية في ميناء طرطوس.",
])
def test_a_port_no_longer_used_or_left_without_ships_is_reduced(sentence, features):
    assert statuses(sentence, features) == {(TA, "reduced")}


def test_ships_that_set_out_from_a_port_reduce_it(features):
    assert statuses("Многие российские корабли отправились из порта Тартус.", features) == {(TA, "reduced")}


@pytest.mark.parametrize("sentence", [
    "Syria's authorities demanded the immediate withdrawal of Russian forces from Tartus.",
    "Начались переговоры о том, чтобы российские силы покинули аэродром в Камышлы.",
    "Русских попросят уйти из Камышлы.",
    "طالبت السلطات بانسحاب القوات الروسية من طرطوس.",
])
def test_a_withdrawal_demanded_is_no_withdrawal(sentence, features):
    assert not {s for _, s in statuses(sentence, features)} & {"withdrawn", "withdrawing"}


@pytest.mark.parametrize("sentence", [
    "بدأت روسيا بسحب قواتها من قاعدة جوية عسكرية قرب مدينة القامشلي.",
    "Russian forces began leaving an airbase near the city of Qamishli.",
])
def test_a_base_near_the_town_of_a_stored_facility_is_that_facility(sentence, features):
    assert statuses(sentence, features, gazetteer=True) == {(Q, "withdrawing")}


def test_fighting_near_the_town_leaves_the_airport_a_landmark(features):
    assert statuses("Fighting raged near the city of Qamishli.", features, gazetteer=True) == set()


def test_able_to_remain_at_bases_keeps_them():
    assert kinds("Похоже, Россия сможет остаться только на базах Тартус и Хмеймим.") == [("active", "kept")]
