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
    ("Witnesses reported withdrawals of Russian forces from Qamishli airport.", "withdrawn"),
    ("There were withdrawals from the Qamishli airport last week.", "withdrawn"),
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
