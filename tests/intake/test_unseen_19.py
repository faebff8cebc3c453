"""Constructions the misses of the nineteenth set led to (README, "Report intake", *The
nineteenth set's classes*), in the languages each applies to. The sentences are the tests'
own, not the corpus's."""

import datetime

import pytest

from tests.intake.probes import statuses
from tracker.intake import extract
from tracker.intake.dates import find_dates
from tracker.intake.normalise import tokens

LEFT = {"withdrawn", "withdrawing", "handed_over", "reduced"}


@pytest.mark.parametrize("text", [
    "Russian troops were also leaving the base in Amuda on Sunday.",
    "The Russian contingent is still evacuating Qamishli airport, residents said.",
    "Russian units were gradually pulling out of the Amuda base.",
])
def test_an_adverb_between_the_auxiliary_and_the_leaving_verb(text, features):
    found = statuses(text, features)
    assert {s for p, s in found if p in ("amuda", "qamishli-airport")} == {"withdrawing"}, found


@pytest.mark.parametrize("text, place", [
    ("Qamishli airport has for years been used by the Russian army for its patrols.", "qamishli-airport"),
    ("Российские военнослужащие присутствуют на авиабазе Хмеймим.", "hmeimim-air-base"),
    ("Сейчас у российской армии в Сирии два объекта: авиабаза Хмеймим и база в Тартусе.",
     "tartus-naval-facility"),
    ("У российского флота в Средиземноморье один пункт — в Тартусе.", "tartus-naval-facility"),
])
def test_a_base_in_the_forces_use_is_active(text, place, features):
    assert (place, "active") in statuses(text, features)


@pytest.mark.parametrize("text", [
    "Российские военные присутствовали на авиабазе Хмеймим до 2017 года.",
    "Авиабазу Хмеймим посетили российские военные.",
])
def test_a_past_presence_or_a_visit_is_no_presence_word(text, features):
    assert ("hmeimim-air-base", "active") not in statuses(text, features)


def test_a_comma_ends_what_an_evacuation_carries(features):
    # "residents said" after the comma is the speaker, not who is evacuated.
    found = statuses("Russian forces are evacuating Qamishli airport, residents said.", features)
    assert ("qamishli-airport", "withdrawing") in found, found
    found = statuses("Russian planes are evacuating residents from Qamishli airport.", features)
    assert not {s for p, s in found if p == "qamishli-airport"} & LEFT, found


@pytest.mark.parametrize("text, language, expected", [
    ("The ships docked on January 21, may signal an evacuation.", "en", ["2025-01-21"]),
    ("The base was attacked on 21 May 2025.", "en", ["2025-05-21"]),
    ("The ships left Tartus at the end of 2024.", "en", ["2024-12-01"]),
    ("غادرت السفن الروسية ميناء طرطوس في نهاية عام 2024.", "ar", ["2024-12-01"]),
    ("Корабли ушли из Тартуса в конце 2024 года.", "ru", ["2024-12-01"]),
])
def test_a_modal_may_is_no_month_and_a_years_end_is_its_december(text, language, expected):
    found = find_dates(tokens(text), language, datetime.date(2025, 6, 1))
    assert [f.effective for f in found] == expected, found


@pytest.mark.parametrize("text", [
    "Damascus says the Tartus naval facility will be kept if Moscow pays for it.",
    "Базы в Тартусе и Хмеймиме будут сохранены, если Москва выполнит условия.",
    "ستبقى قاعدة حميميم إذا دفعت موسكو ثمنها.",
    "تواجه روسيا تحديا كبيرا للحفاظ على قاعدة حميميم.",
    "Russia faces a challenge to keep the Hmeimim air base.",
])
def test_keeping_put_on_a_condition_or_a_challenge_is_no_entry(text, features):
    found = statuses(text, features)
    assert not {s for p, s in found if p in ("hmeimim-air-base", "tartus-naval-facility")}, found


def test_talks_to_keep_a_base_stay_as_the_sets_before_read_them(features):
    found = statuses("Talks are under way for Russian forces to remain at the Tartus naval facility.",
                     features)
    assert ("tartus-naval-facility", "active") in found, found


@pytest.mark.parametrize("text", [
    "Russian ships left the port of Tartus carrying officers and soldiers.",
    "وقالت مصادر إن السفن الروسية في ميناء طرطوس نقلت دفعات من رعاياها وضباط القوات الروسية.",
])
def test_ships_carrying_the_forces_people_leave_the_base(text, features):
    found = statuses(text, features)
    assert ("tartus-naval-facility", "withdrawing") in found, found
    assert ("tartus-naval-facility", "reduced") not in found, found


def test_ships_leaving_without_the_force_still_reduce(features):
    found = statuses("Russian warships left the port of Tartus.", features)
    assert ("tartus-naval-facility", "reduced") in found, found


@pytest.mark.parametrize("text", [
    "Российские военные, по-видимому, эвакуируются с аэродрома Камышлы.",
    "На аэродром Камышлы прилетел самолет забрать последних российских военных.",
])
def test_a_reflexive_evacuation_and_a_plane_come_to_take_them(text, features):
    found = statuses(text, features)
    assert ("qamishli-airport", "withdrawing") in found, found
    assert ("qamishli-airport", "active") not in found, found


@pytest.mark.parametrize("text", [
    "ونقلت صحيفة محلية عن مصدر في مطار القامشلي أن الوضع هادئ.",
    "ينقل موقع إخباري عن سكان قرب قاعدة حميميم أن الطائرات تحلق.",
])
def test_the_verb_of_quoting_is_no_move(text, features):
    found = statuses(text, features)
    assert not {s for p, s in found if s in LEFT}, found


def test_a_hill_placed_in_a_towns_countryside_named_after_it(features):
    # "in the Raqqa countryside": the town before its countryside word is the landmark.
    text = "Russian troops withdrew from Tel Samen in the Raqqa countryside."
    result = statuses(text, features, gazetteer=True)
    assert any(p is None and s == "withdrawn" for p, s in result), result


def _new_places(text, features):
    """(name, GeoNames id it is placed by, status) of each proposed facility not stored."""
    result = extract({"text": text, "published": "2025-06-01"}, features, gazetteer=True)
    out = set()
    for p in result["proposals"]:
        if p["facility"] is None:
            gazetteer = p["new_facility"]["gazetteer"]
            near = gazetteer.get("near", {}).get("geonameid")
            out.add((p["new_facility"]["name"], near or gazetteer["geonameid"], p["status"]))
    return out


def test_a_base_called_by_a_towns_name_in_another_town_is_placed_by_the_second(features):
    # "the Shayrat Air Base in Homs": a base called Shayrat, near Homs (GeoNames 169577); Homs
    # only locates it, and the village the gazetteer has of that name is not where it is.
    found = _new_places("Russian troops left the Shayrat Air Base in Homs.", features)
    assert found == {("Shayrat", 169577, "withdrawn")}, found


def test_an_unnamed_base_in_a_town_is_still_the_town(features):
    found = _new_places("Russian troops left the air base in Kobani.", features)
    assert {(near, status) for _, near, status in found} == {(172256, "withdrawn")}, found


@pytest.mark.parametrize("text", [
    "Officials denied reports of damage at the base, although the warships left Tartus.",
    "Чиновники опровергли сообщения о повреждениях, хотя корабли ушли из Тартуса.",
])
def test_one_list_of_contrasts_ends_a_denial(text, features):
    # The denial and the clauses share one list of contrast words (`clauses.CONTRAST`).
    found = statuses(text, features)
    assert ("tartus-naval-facility", "reduced") in found, found


@pytest.mark.parametrize("text, geonameid", [
    ("انسحبت القوات الروسية من عين العرب.", 172256),  # ‘Ayn al ‘Arab (Kobani)
    ("انسحبت القوات الروسية من دير الزور.", 170794),  # Deir ez-Zor
])
def test_an_arabic_town_named_with_a_frequent_first_word_is_found(text, geonameid, features):
    # "عين" (eye), "دير" (monastery) are frequent words, but begin these towns' names.
    found = _new_places(text, features)
    assert {(near, status) for _, near, status in found} == {(geonameid, "withdrawn")}, found


def test_a_frequent_first_word_alone_is_still_no_town(features):
    assert not _new_places("رأت القوات الروسية بعين الخبير أن الانسحاب ضروري.", features)


@pytest.mark.parametrize("text", [
    "بدأت القوات الروسية انسحابها من مطار القامشلي.",
    "شرعت القوات الروسية في إخلائها مطار القامشلي.",
])
def test_an_arabic_verbal_noun_with_its_owner_is_a_leaving_word(text, features):
    assert ("qamishli-airport", "withdrawing") in statuses(text, features)


def test_an_arabic_base_called_by_a_name_the_gazetteer_lacks(features):
    found = _new_places("بدأت القوات الروسية انسحابها من قاعدة صرين في ريف عين العرب.", features)
    assert {(near, status) for _, near, status in found} == {(172256, "withdrawing")}, found
    # An adjective of kind or country is no base's name.
    assert not _new_places("انسحبت القوات الروسية من قاعدة روسية في ريف عين العرب.", features)


@pytest.mark.parametrize("text, expected", [
    ("В провинции Тартус по-прежнему находится пункт ВМФ России.", {("tartus-naval-facility", "active")}),
    # The province alone, with no base said to be there, is still only the province.
    ("Жители провинции Тартус вышли на улицы.", set()),
])
def test_a_base_said_to_be_in_its_towns_province(text, expected, features):
    found = {(p, s) for p, s in statuses(text, features) if p == "tartus-naval-facility"}
    assert found == expected, found


@pytest.mark.parametrize("text, both", [
    # The ships left a month before the report says the base is there: both entries stand.
    ("At the end of 2024 Russian warships left the port of Tartus. Russia still operates the "
     "Tartus naval facility.", True),
    # The same month: the base still in use while its ships go is the reduction alone.
    ("Russian warships left the port of Tartus on 10 June. Russia still operates the Tartus "
     "naval facility.", False),
])
def test_an_earlier_reduction_leaves_a_present_base_active(text, both, features):
    found = {s for p, s in statuses(text, features, published="2025-06-20") if p == "tartus-naval-facility"}
    assert found == ({"reduced", "active"} if both else {"reduced"}), found
