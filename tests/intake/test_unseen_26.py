"""Constructions the misses of the twenty-sixth set led to (README, "Report intake", *The
twenty-sixth set's classes*). The sentences are the tests' own, not the corpus's."""

import pytest

from tests.intake.probes import kinds, statuses
from tracker.intake import extract
from tracker.intake.dates import find_dates
from tracker.intake.normalise import tokens
from tracker.intake.reading import operator_named

HM, TA, Q = "hmeimim-air-base", "tartus-naval-facility", "qamishli-airport"


def test_syria_is_not_the_operator():
    assert not operator_named(tokens("a handover from the Syrian General Authority for Ports"))
    assert operator_named(tokens("Russian forces handed over the base"))


def test_a_handover_by_another_party_is_not_russias(features):
    text = ("DP World has taken over operations at Tartus Port following a handover from the Syrian "
            "General Authority for Land and Sea Ports.")
    assert "handed_over" not in {s for _, s in statuses(text, features)}


def test_arabic_two_is_not_monday():
    import datetime
    published = datetime.date(2025, 5, 21)  # a Wednesday
    words = tokens("قتل جنديان إلى جانب مسلحين اثنين في هجوم استهدف القاعدة يوم الثلاثاء")
    assert [d.effective for d in find_dates(words, "ar", published)] == ["2025-05-20"]
    words = tokens("وقع الهجوم يوم الاثنين")
    assert [d.effective for d in find_dates(words, "ar", published)] == ["2025-05-19"]
    assert [d.effective for d in find_dates(tokens("وصل الوفد الاثنين"), "ar", published)] == ["2025-05-19"]


@pytest.mark.parametrize("sentence", [
    "The ship burned near the port of Tartus, which remains under Russian military control.",
    "لكن القاعدتين الرئيسيتين بقيتا تحت سيطرة موسكو.",
    "Базы остаются под контролем России.",
    "Аэродром находится под российским контролем.",
    "فإن القوات الروسية ما تزال تمتلك أسرابا من الطائرات داخل مطار القامشلي.",
])
def test_a_base_under_russian_control_is_present(sentence):
    assert ("active", "present") in kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "The airport is under Syrian control.",
    "The airport remains under the control of the Kurdish forces.",
    "بقي المطار تحت سيطرة قوات سوريا الديمقراطية.",
])
def test_another_powers_control_is_no_presence(sentence):
    assert ("active", "present") not in kinds(sentence)


def test_under_control_makes_a_base_named_beside_it_active(features):
    text = "The ship burned near the port of Tartus, which remains under Russian military control."
    assert statuses(text, features) == {(TA, "active")}


@pytest.mark.parametrize("text", [
    "The Tartus naval base and the Hmeimim air base are Russia's key assets.\n"
    "Officials said Russia had begun withdrawing its naval and military assets from Syria.",
    "تعد قاعدة طرطوس البحرية ومطار حميميم العسكري من أهم أصول روسيا.\n"
    "وشهدت الأيام الأخيرة انسحاب القوات الروسية من مواقع في شمال سوريا.\n"
    "هذا الانسحاب يطرح تساؤلات.",
])
def test_a_departure_that_names_where_it_leaves_from_is_not_carried_back(text, features):
    result = extract({"text": text, "published": "2024-12-16"}, features, gazetteer=False)
    assert not {p["status"] for p in result["proposals"]} & {"withdrawing", "withdrawn"}


def test_a_departure_with_no_origin_is_still_carried_back(features):
    text = "Two Russian ships docked at Tartus.\nThis may mean the start of an evacuation."
    result = extract({"text": text, "published": "2024-12-16"}, features, gazetteer=False)
    assert {(p["facility"], p["status"]) for p in result["proposals"]} == {(TA, "withdrawing")}


def test_maintaining_an_airbase_is_possession_a_withdrawal_wins_over(features):
    assert kinds("where the Russian Air Force maintains an airbase") == [("active", "present")]
    text = ("Cargo movements are under way at the Russian naval base at Tartus, signaling a likely "
            "evacuation of the military equipment.\nRussia's troops retreated to Tartus, where "
            "the Russian Navy maintains a naval base.")
    assert statuses(text, features) == {(TA, "withdrawing")}


def test_maintaining_its_bases_is_still_keeping():
    assert kinds("Russia will maintain its bases in Syria.") == [("active", "kept")]


@pytest.mark.parametrize("sentence", [
    "Qamishli airport, one of Russia's three bases in Syria, is in the north.",
    "Сирия может попросить российских военных покинуть одну из трех их баз — аэродром в Камышлы.",
    "مطار القامشلي، إحدى القواعد الروسية الثلاث في سوريا.",
    "Сирия может начать переговоры по аэродрому в Камышлы, к которому Москва имеет доступ с 2019 года.",
])
def test_one_of_russias_bases_counted_is_present(sentence, features):
    assert ("active", "present") in kinds(sentence)
    assert statuses(sentence, features) == {(Q, "active")}


def test_a_former_base_with_the_possessive_is_left():
    assert kinds("Kobani, a former Russia's base, lies in the north.") == [("withdrawn", "change")]


@pytest.mark.parametrize("text, mention", [
    ("Fighters took the province where the Khmeimim airbase and the Tartus naval base are located.\n"
     "The claims could not be verified.\nOfficials met.\nThey did not enter the territory of Russian "
     "military bases, which are functioning normally.", "Russian military bases"),
    ("زار وفد قاعدة حميميم الجوية وقاعدة طرطوس البحرية.\nولم يتسن التحقق من ذلك.\n"
     "وقال مسؤول إن القواعد الروسية تعمل بشكل طبيعي.", "القواعد الروسية"),
    ("Делегация посетила авиабазу Хмеймим и базу в Тартусе.\nПодтверждений нет.\n"
     "Российские военные базы работают в штатном режиме.", "Российские военные базы"),
])
def test_the_russian_bases_are_the_bases_named_before(text, mention, features):
    result = extract({"text": text, "published": "2024-12-09"}, features, gazetteer=False)
    found = {(p["facility"], p["status"], p["mention"]) for p in result["proposals"]}
    assert found == {(HM, "active", mention), (TA, "active", mention)}


def test_the_russian_bases_long_after_their_names_are_no_one(features):
    text = ("The Khmeimim airbase and the Tartus naval base are on the coast.\nOne.\nTwo.\nThree.\n"
            "Four.\nFive.\nThe Russian bases are functioning normally.")
    result = extract({"text": text, "published": "2024-12-09"}, features, gazetteer=False)
    assert not [p for p in result["proposals"] if p["mention"] == "Russian bases"]


@pytest.mark.parametrize("sentence", [
    "Images show the Tartus naval base appeared empty on 10 December.",
    "تظهر صورة قاعدة طرطوس البحرية الروسية بتاريخ 10 ديسمبر وقد بدت خالية.",
])
def test_a_port_seen_empty_is_reduced(sentence, features):
    assert statuses(sentence, features, published="2024-12-12") == {(TA, "reduced")}


def test_an_airbase_seen_empty_is_left(features):
    assert statuses("Images show the Hmeimim air base appeared empty.", features) == {(HM, "withdrawn")}
