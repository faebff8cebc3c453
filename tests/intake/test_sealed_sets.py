"""Mechanisms the misses of the once-sealed sixth, eighth, tenth and twelfth sets led to
(README, "Report intake", *The sealed sets' classes*): a force no longer at a place, its
equipment being loaded, preparations to pull equipment out, cargo ships sailing with the
force's equipment, a withdrawal begun last week and still going on, a present cue followed
by a sentence that says a departure is coming, and a presence strengthened. Each in the
languages where it applies; the sentences are the tests' own."""


import pytest

from tests.intake.probes import statuses
from tracker.intake import extract


@pytest.mark.parametrize("text, expected", [
    ("Satellite photos show that Russian frigates are no longer docked at Tartus.",
     {("tartus-naval-facility", "reduced")}),
    ("Russian troops are no longer stationed at Qamishli airport, residents say.",
     {("qamishli-airport", "withdrawn")}),
    ("ولم تعد القوات الروسية متمركزة في مطار القامشلي بحسب سكان المنطقة.",
     {("qamishli-airport", "withdrawn")}),
    ("Российские военные больше не находятся в аэропорту Камышлы, сообщают местные жители.",
     {("qamishli-airport", "withdrawn")}),
])
def test_no_longer_there_is_left_and_ships_no_longer_there_reduce(text, expected, features):
    # "no longer stationed" was read as the present "stationed" before.
    assert statuses(text, features) == expected


@pytest.mark.parametrize("text", [
    "Crews were loading heavy equipment onto transport planes at Hmeimim air base on Sunday.",
    "وشوهد جنود روس يقومون بتحميل المعدات في طائرات شحن داخل قاعدة حميميم.",
    "На авиабазе Хмеймим военные загружают бронетехнику в транспортные самолеты.",
])
def test_loading_the_forces_equipment_is_withdrawing(text, features):
    assert statuses(text, features) == {("hmeimim-air-base", "withdrawing")}


def test_planes_loaded_with_equipment_are_no_departure(features):
    # Planes "loaded with" equipment may be arriving: no leaving cue from them.
    text = "Large Russian planes loaded with military equipment were seen at Hmeimim air base."
    assert ("hmeimim-air-base", "withdrawing") not in statuses(text, features)


def test_preparations_to_pull_equipment_out_are_withdrawing(features):
    text = "وتظهر الصور نشاطا في قاعدة حميميم يشير إلى تحضيرات لسحب المعدات الثقيلة."
    assert statuses(text, features) == {("hmeimim-air-base", "withdrawing")}


@pytest.mark.parametrize("text, expected", [
    ("The Russian cargo ships Alpha and Beta have both departed the naval base at Tartus with "
     "the vehicles staged on its piers.", "withdrawing"),
    ("Грузовое судно с военной техникой вышло из порта Тартус в воскресенье.", "withdrawing"),
    ("وغادرت سفينة الشحن الروسية ميناء طرطوس محملة بالآليات العسكرية.", "withdrawing"),
    # With a warship beside it, it is the fleet sailing: reduced, as before.
    ("A Russian frigate and a cargo ship left the port of Tartus on Sunday.", "reduced"),
])
def test_cargo_ships_leaving_carry_the_base_away(text, expected, features):
    assert statuses(text, features) == {("tartus-naval-facility", expected)}


@pytest.mark.parametrize("text", [
    "Sources said Russian troops began a phased pullout from Qamishli airport last week.",
    "قالت مصادر إن القوات الروسية بدأت انسحابا تدريجيا من مطار القامشلي الأسبوع الماضي.",
    "По данным источников, российские военные начали вывод с аэродрома Камышлы на прошлой неделе.",
])
def test_a_withdrawal_begun_last_week_is_dated_the_report_day(text, features):
    result = extract({"text": text, "published": "2026-03-04"}, features, gazetteer=False)
    assert [(p["facility"], p["status"], p["effective"], p["date_precision"]) for p in result["proposals"]] \
        == [("qamishli-airport", "withdrawing", "2026-03-04", "day")]


def test_a_withdrawal_done_last_week_keeps_its_month(features):
    result = extract({"text": "Russian forces withdrew from Qamishli airport last week.",
                      "published": "2026-03-04"}, features, gazetteer=False)
    assert [(p["status"], p["effective"], p["date_precision"]) for p in result["proposals"]] \
        == [("withdrawn", "2026-02-01", "month")]


@pytest.mark.parametrize("text", [
    "Two Russian landing ships have docked at the naval base in Tartus. This may mean the start of an evacuation.",
    "Два российских судна пришвартовались у причалов базы в Тартусе. Это может означать начало вывода войск.",
    "سمحت السلطات لسفينة روسية بالرسو في ميناء طرطوس. وقد يكون ذلك بداية عملية الإجلاء.",
])
def test_a_departure_said_in_the_next_sentence_wins_over_a_docking(text, features):
    assert statuses(text, features) == {("tartus-naval-facility", "withdrawing")}


def test_a_next_sentence_without_a_departure_leaves_the_docking(features):
    text = "Two Russian landing ships have docked at the naval base in Tartus. The weather was calm."
    assert statuses(text, features) == {("tartus-naval-facility", "active")}


@pytest.mark.parametrize("text", [
    "The army has moved to strengthen its presence at Qamishli airport this spring.",
    "Российская армия укрепила свое присутствие в аэропорту Камышлы.",
])
def test_a_presence_strengthened_is_reinforced(text, features):
    assert statuses(text, features) == {("qamishli-airport", "reinforced")}
