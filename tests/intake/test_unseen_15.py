"""Constructions the misses of the fifteenth set led to (README, "Report intake", *The
fifteenth set's classes*): a plane leaving after a time word, equipment gone from a base,
ships vanished or absent, waiting for evacuation, loading in the active voice, a town a
force fled, refuge the fleeing force sought, a relative clause after a move's goal, a
flight to the town a base is at, an agreement that would let a base be kept, Arabic
verbs of evacuating, naval units, refuge and landing nouns, a base said to be at Russia's
disposal, a participle clause's year, a Russian genitive after a preposition's noun, and
the evacuation words by form. Each in the languages where it applies; the sentences are
the tests' own."""

import pytest

from tests.intake.probes import kinds, statuses
from tracker.intake import extract
from tracker.intake.status_rules import EVACUATION

LEFT = {"withdrawn", "withdrawing", "handed_over"}


def left(found):
    return {place for place, status in found if status in LEFT}


def towns(text, features, published="2025-06-01"):
    """{(town name, status)} of the new facilities proposed for `text`."""
    result = extract({"text": text, "published": published}, features, gazetteer=True)
    return {(p["new_facility"]["name"], p["status"]) for p in result["proposals"] if p["new_facility"]}


def test_a_plane_leaving_after_a_time_word_is_a_flight(features):
    # The subject of an Arabic verb may come after "today": still a plane, not the base left.
    text = "غادرت صباح اليوم طائرة نقل روسية قاعدة حميميم متجهة إلى موسكو."
    assert left(statuses(text, features)) == set()
    # Forces leaving are the base left, as before.
    assert statuses("غادرت صباح اليوم القوات الروسية قاعدة حميميم.", features) == \
        {("hmeimim-air-base", "withdrawn")}


@pytest.mark.parametrize("text", [
    "Russian helicopters and armoured vehicles are no longer present at Qamishli airport.",
    "Russian military vehicles vanished from Qamishli airport this week, residents said.",
    "Российская техника больше не находится на аэродроме Камышлы.",
])
def test_equipment_gone_from_a_base_is_withdrawing(text, features):
    assert statuses(text, features) == {("qamishli-airport", "withdrawing")}


def test_the_force_gone_from_a_base_is_still_withdrawn(features):
    text = "Russian troops have vanished from Qamishli airport, residents said."
    assert statuses(text, features) == {("qamishli-airport", "withdrawn")}


@pytest.mark.parametrize("text", [
    "The absence of Russian warships at Tartus naval facility was plain in Tuesday's images.",
    "Russian frigates have disappeared from Tartus, the images show.",
    "The Russian naval group left Tartus on Sunday.",
    "وغادرت الوحدات البحرية الروسية ميناء طرطوس يوم الأحد.",
])
def test_ships_absent_vanished_or_a_naval_unit_gone_reduce_a_port(text, features):
    assert statuses(text, features) == {("tartus-naval-facility", "reduced")}


@pytest.mark.parametrize("text", [
    "Russian personnel at Tartus naval facility are waiting for evacuation.",
    "At Hmeimim air base, Il-76 crews are loading equipment around the clock.",
])
def test_waiting_for_evacuation_and_loading_equipment_are_withdrawing(text, features):
    assert {status for _, status in statuses(text, features)} == {"withdrawing"}


def test_a_town_a_force_fled_is_left(features):
    assert towns("Russian soldiers are said to have fled Manbij on Friday.", features) == \
        {("Manbij", "withdrawn")}


def test_refuge_the_fleeing_force_sought_is_where_its_flight_went(features):
    # The base the force fled to is a move's end: no proposal by the move alone.
    text = "Russian troops fled Manbij, to seek refuge at Hmeimim air base."
    assert ("hmeimim-air-base", "active") not in statuses(text, features)
    assert left(statuses(text, features)) == set()
    # People sheltering at a base are still the force there.
    text = "Hundreds of civilians fled the fighting and took refuge at Hmeimim air base."
    assert statuses(text, features) == {("hmeimim-air-base", "active")}


def test_a_relative_clause_after_a_moves_goal_speaks_of_it(features):
    text = "Convoys were seen heading to Hmeimim air base, where crews are loading equipment onto planes."
    assert statuses(text, features) == {("hmeimim-air-base", "withdrawing")}


def test_a_flight_to_the_town_a_base_is_at_is_no_move_away_from_it(features):
    text = ("Russia has resumed flights to Hmeimim air base. "
            "Two Russian transport planes have flown to Latakia since Friday.")
    assert statuses(text, features) == {("hmeimim-air-base", "active")}


@pytest.mark.parametrize("text", [
    "A deal would allow the Kremlin to keep Hmeimim air base and the port of Tartus.",
    "Соглашение позволит Москве сохранить авиабазу Хмеймим и порт в Тартусе.",
    "اتفاق سيسمح لروسيا بالاحتفاظ بقاعدة حميميم وميناء طرطوس.",
])
def test_an_agreement_that_would_let_a_base_be_kept_is_a_wish(text, features):
    assert statuses(text, features) == set()
    assert ("active", "wish") in kinds(text)


def test_an_arabic_future_of_evacuating_is_withdrawing(features):
    text = "ستجلي روسيا الأسلحة والمعدات من قاعدتها في طرطوس خلال أيام."
    assert statuses(text, features) == {("tartus-naval-facility", "withdrawing")}


@pytest.mark.parametrize("text", [
    "Сотни людей ищут убежища на авиабазе Хмеймим.",
    "Сирийцы, укрывшиеся на авиабазе Хмеймим, рассказали о боях.",
    "وشهد محيط القاعدة هبوط طائرة عسكرية روسية داخل قاعدة حميميم.",
])
def test_refuge_and_landing_said_by_their_nouns_are_present(text, features):
    assert statuses(text, features) == {("hmeimim-air-base", "active")}


def test_a_base_at_russias_disposal_and_a_participle_clauses_year(features):
    # "у России находятся две базы" is the operator's; "арендованные ... в 2017 году" dates
    # the lease, so the sentence is not a recap of 2017.
    text = ("Сейчас у России в Сирии находятся две базы — авиабаза в Хмеймиме и порт в Тартусе, "
            "арендованные в 2017 году.")
    result = extract({"text": text, "published": "2025-11-27"}, features, gazetteer=False)
    assert {(p["facility"], p["status"], p["effective"]) for p in result["proposals"]} == {
        ("hmeimim-air-base", "active", "2025-11-27"), ("tartus-naval-facility", "active", "2025-11-27")}


def test_a_town_after_a_nouns_genitive_is_no_place_of_the_preposition(features):
    text = "Вывод российских войск из Камышлы обсуждается в контексте операций Ракки против курдов."
    assert towns(text, features) == set()
    # Its own preposition still introduces it.
    assert towns("Российские военные покинули базу в прибрежном городе Ракка.", features) == \
        {("Ar Raqqah", "withdrawn")}


@pytest.mark.parametrize("line, found", [
    ("taking control of towns from syria s army", False),
    ("the movement of refugees from syria", False),
    ("taking the equipment out of syria", True),
    ("moved its forces out of the country", True),
])
def test_the_evacuation_words_are_verbs_by_their_forms(line, found):
    assert (EVACUATION.search(line) is not None) is found
