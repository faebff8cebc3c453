"""Readings the development reports' remaining misses led to (README, "Report intake", *A
base's standing, said otherwise*): a base said to belong to Russia, the force's "presence
in", forces that "remain at" a base, "withdrawals of forces from", a base's "region", and
"с" with the instrumental read as "with". The sentences are the tests' own."""

import pytest

from tests.intake.probes import kinds, statuses

HM, TA, Q = "hmeimim-air-base", "tartus-naval-facility", "qamishli-airport"


@pytest.mark.parametrize("sentence", [
    "The Hmeimim air base belongs to Russia under the 2017 agreement.",
    "Сейчас России принадлежат пункт обеспечения в Тартусе и авиабаза Хмеймим.",
    "Москва и Дамаск обсуждают статус российского военного присутствия в Тартусе и Хмеймиме.",
    "Эксперты оценили военное присутствие на авиабазе Хмеймим.",
])
def test_a_base_said_to_be_russias_or_to_hold_its_presence_is_present(sentence):
    assert kinds(sentence) == [("active", "present")]


def test_belonging_to_another_country_is_no_cue():
    assert kinds("The Qamishli airport belongs to Syria's civil aviation authority.") == []


def test_presence_and_belonging_make_the_bases_active(features):
    text = "Сейчас России принадлежат пункт обеспечения в Тартусе и авиабаза Хмеймим."
    assert statuses(text, features) == {(HM, "active"), (TA, "active")}


@pytest.mark.parametrize("sentence", [
    "Российские военные продолжат оставаться на базе в Тартусе.",
    "Российские войска остаются на авиабазе Хмеймим.",
])
def test_forces_that_remain_at_a_base_keep_it(sentence):
    assert ("active", "kept") in kinds(sentence)


def test_a_base_forces_remain_at_is_not_left_by_the_reports_withdrawal(features):
    text = ("Россия вывела часть войск из Сирии. Российские военные продолжат оставаться на "
            "базе в Тартусе.")
    assert (TA, "active") in statuses(text, features)
    assert not {(f, s) for f, s in statuses(text, features) if f == TA and s != "active"}


@pytest.mark.parametrize("sentence, status", [
    # Withdrawing, as the singular noun is: the plural tells of events, not that they ended.
    ("Witnesses reported withdrawals of Russian forces from Qamishli airport.", "withdrawing"),
    ("There were withdrawals from the Qamishli airport last week.", "withdrawing"),
])
def test_withdrawals_from_a_place_are_a_leaving_noun(sentence, status, features):
    assert statuses(sentence, features) == {(Q, status)}


def test_a_stored_bases_region_is_the_base(features):
    text = "Moscow announced a reduction of its presence in the Khmeimim region."
    assert statuses(text, features) == {(HM, "reduced")}


def test_s_with_the_instrumental_is_with_not_from(features):
    # "по согласованию с Дамаском" is "in agreement with": Damascus is no origin of the move,
    # so "в Камышлы" after it is the place left, not where the move goes.
    text = "Российские войска по согласованию с Дамаском покинули аэродром в Камышлы."
    assert statuses(text, features, gazetteer=True) == {(Q, "withdrawn")}


def test_s_with_the_genitive_is_still_from(features):
    text = "Колонна вышла с аэродрома Камышлы и направилась в Хмеймим."
    assert (HM, "withdrawn") not in statuses(text, features, gazetteer=True)


@pytest.mark.parametrize("sentence", [
    "Russian forces still keep five Su-34 jets at Qamishli airport.",
    "لا تزال القوات الروسية تُبقي على 5 طائرات حربية ضمن مطار القامشلي.",
    "Российские войска все еще держат пять самолетов Су-34 на аэродроме Камышлы.",
])
def test_a_counted_remainder_still_kept_is_presence_not_keeping(sentence):
    assert kinds(sentence) == [("active", "present")]


@pytest.mark.parametrize("sentence", [
    "Russia still keeps its base in Tartus.",
    "لا تزال روسيا تبقي على قاعدة طرطوس.",
])
def test_a_base_still_kept_is_kept(sentence):
    assert kinds(sentence) == [("active", "kept")]


@pytest.mark.parametrize("text", [
    "Russia began withdrawing its forces from Qamishli airport. Russian forces still keep five "
    "Su-34 jets at Qamishli airport.",
    "بدأت روسيا سحب قواتها من مطار القامشلي. لا تزال القوات الروسية تُبقي على 5 طائرات حربية "
    "ضمن مطار القامشلي.",
])
def test_a_remainder_does_not_undo_the_withdrawal_begun(text, features):
    assert statuses(text, features) == {(Q, "withdrawing")}


@pytest.mark.parametrize("sentence", [
    "وأكدت المصادر أن روسيا سحبت أمس السبت معدات من مطار القامشلي.",
    "Russian troops withdrew on Tuesday tanks from Qamishli airport.",
    "Российские войска вывели вчера технику с аэродрома Камышлы.",
])
def test_equipment_after_a_time_word_is_still_the_object(sentence, features):
    assert statuses(sentence, features) == {(Q, "withdrawing")}


def test_forces_with_the_equipment_are_the_force_leaving(features):
    text = "سحبت روسيا قوات ومعدات من مطار القامشلي."
    assert statuses(text, features) == {(Q, "withdrawn")}


@pytest.mark.parametrize("sentence", [
    "Moscow still keeps its two bases on the coast.",
    "Россия все еще держит две базы на побережье.",
])
def test_a_count_of_bases_still_kept_is_keeping(sentence):
    assert ("active", "present") not in kinds(sentence)
