"""Mechanisms the ninth held-out set's misses led to (README, "Report intake", *The ninth
set*): a person's given name is not a town, "كما" opens a clause of its own, Arabic ship
words after a clitic, dual and plural Arabic verbs, resumed flights and a foothold,
Russian "вышли/выходят из", equipment as a participle's subject, and ships awaited to carry
the force away. Each in the languages where it applies; the sentences are the tests' own."""

import pytest

from tests.intake.probes import kinds, statuses


@pytest.mark.parametrize("text", [
    "Корабли ушли из Тартуса после свержения режима диктатора Башара Асада.",
    "Ships left Tartus after the fall of President Bashar al-Assad.",
])
def test_a_given_name_before_a_surname_is_not_a_town(text, features):
    found = statuses(text, features, gazetteer=True)
    assert ("tartus-naval-facility", "reduced") in found
    assert {place for place, _ in found} == {"tartus-naval-facility"}


def test_a_cue_after_kama_belongs_to_its_own_clause(features):
    # The withdrawal after "كما" is the battalion's; the base's cue is the move before it.
    text = "وينقل الروس المعدات من قاعدة حميميم الجوية كما انسحبت الكتيبة من مدينة سورية."
    assert statuses(text, features) == {("hmeimim-air-base", "withdrawing")}


@pytest.mark.parametrize("text", [
    "غادرت بعض القطع البحرية الروسية قاعدة طرطوس.",
    "أفاد التقرير بانسحاب لسفن الحربية الروسية من قاعدة طرطوس.",  # a clitic on the ship word
])
def test_arabic_ship_words_after_a_clitic_make_a_base_reduced(text, features):
    assert statuses(text, features) == {("tartus-naval-facility", "reduced")}


@pytest.mark.parametrize("text", [
    "وقالت المصادر إن طائرتين روسيتين حطتا في قاعدة حميميم هذا الأسبوع.",
    "أعلنت مصادر روسية استئناف حركة الطيران إلى قاعدة حميميم.",
])
def test_arabic_landings_and_resumed_flights_say_a_base_is_in_use(text, features):
    assert statuses(text, features) == {("hmeimim-air-base", "active")}


def test_an_arabic_foothold_is_in_use(features):
    text = "ويمثل ميناء طرطوس نقطة الارتكاز البحري الوحيدة لروسيا في المتوسط."
    assert statuses(text, features) == {("tartus-naval-facility", "active")}


def test_an_arabic_plural_verb_of_moving_out_is_withdrawing(features):
    text = "والروس ينقلون المعدات من قاعدة حميميم الجوية."
    assert statuses(text, features) == {("hmeimim-air-base", "withdrawing")}


def test_russian_left_and_leaving_with_iz(features):
    assert statuses("Российские военные вышли из аэропорта Камышлы.", features) == {
        ("qamishli-airport", "withdrawn")}
    assert statuses("Российские войска выходят из аэропорта Камышлы.", features) == {
        ("qamishli-airport", "withdrawing")}
    assert statuses("Вчера фрегат и танкер вышли из Тартуса в море.", features) == {
        ("tartus-naval-facility", "reduced")}
    assert kinds("Стороны вышли на связь.") == []  # getting in touch is no cue


def test_equipment_evacuated_from_a_base_is_withdrawing_not_withdrawn(features):
    text = "Russian military gear reportedly evacuated from Tartus port."
    assert statuses(text, features) == {("tartus-naval-facility", "withdrawing")}
    # People evacuated are the base left.
    assert statuses("Russian troops evacuated Tartus port.", features) == {
        ("tartus-naval-facility", "withdrawn")}


def test_ships_awaited_to_carry_the_force_away_do_not_make_it_reduced(features):
    text = "Russian units stationed at Tartus are awaiting ships to relocate them to Libya."
    assert statuses(text, features) == {("tartus-naval-facility", "withdrawing")}
