"""Constructions the misses of the sixteenth set led to (README, "Report intake", *The
sixteenth set's classes*): bases said to be kept before they are named, "until withdrawing",
departures said to be coming, a leaving verb with "completely" after its object, a Russian
base with its operator after it, the Russian periphrasis of landing, and a name met after a
title. Each in the languages where it applies; the sentences are the tests' own."""

import pytest

from tests.intake.probes import kinds, statuses
from tracker.intake import extract

LEFT = {"withdrawn", "withdrawing", "handed_over"}


def left(found):
    return {place for place, status in found if status in LEFT}


@pytest.mark.parametrize("text", [
    # The bases named in the next sentence, which says something else of one of them.
    "Moscow is not leaving its two main bases, officials said. Cargo planes were seen at "
    "the Hmeimim air base loading equipment, and the Tartus naval facility was quiet.",
    "The army is still maintaining its two coastal bases. Equipment was being loaded at "
    "Hmeimim air base on Friday.",
    # Arabic and Russian, in the same sentence or the one after.
    "لم تغادر القوات الروسية قاعدتيها في الساحل، وشوهدت طائرات شحن تستعد للتحميل في قاعدة حميميم.",
    "Российские военные не покидают свои базы. На авиабазе Хмеймим грузят технику.",
])
def test_bases_said_to_be_kept_before_they_are_named_are_never_left(text, features):
    found = statuses(text, features)
    assert left(found) == set(), found
    assert ("hmeimim-air-base", "active") in found


@pytest.mark.parametrize("text", [
    "Москва сохранит свои основные базы. С авиабазы Хмеймим вывезли технику.",
    "Russia will keep its two main bases. Equipment was pulled out of Hmeimim air base.",
])
def test_a_promise_to_keep_unnamed_bases_carries_no_kept_reading(text, features):
    # "Will keep" is a promise, not what holds now: the bases named after it read as before.
    assert left(statuses(text, features)) == {"hmeimim-air-base"}


def test_bases_kept_unnamed_do_not_reach_far(features):
    # Three sentences on, the bases named are another matter.
    text = ("Russia is not leaving its two main bases. Talks go on. Nothing changed. "
            "Troops withdrew from Qamishli airport.")
    assert ("qamishli-airport", "withdrawn") in statuses(text, features)


@pytest.mark.parametrize("sentence", [
    "Russian aircraft used part of the airfield until withdrawing in January.",
    "The unit stayed at the port until leaving last month.",
])
def test_until_a_gerund_of_leaving_is_done(sentence):
    assert ("withdrawn", "change") in kinds(sentence)


def test_remaining_until_a_noun_of_leaving_is_still_withdrawing():
    # Only the gerund is done: staying "until the final transfer" is still leaving.
    found = kinds("Some troops remain inside the base until the final transfer.")
    assert ("withdrawing", "change") in found and ("withdrawn", "change") not in found


@pytest.mark.parametrize("sentence", [
    "Further Russian departures are expected from the base in the coming days.",
    "Officials said possible evacuations of the base were being discussed.",
])
def test_departures_said_to_be_coming_are_withdrawing(sentence):
    assert ("withdrawing", "change") in kinds(sentence)


@pytest.mark.parametrize("text, status", [
    ("روسيا تخلي مطار القامشلي بالكامل بعد سنوات من الوجود.", "withdrawn"),
    ("القوات الروسية تنسحب من مطار القامشلي كليا.", "withdrawn"),
    # Without the word of completion, and in the progressive, it stays under way.
    ("روسيا تخلي مطار القامشلي.", "withdrawing"),
    ("Russia is withdrawing from Qamishli airport completely.", "withdrawing"),
])
def test_a_leaving_verb_with_completely_after_its_object_is_done(text, status, features):
    assert ("qamishli-airport", status) in statuses(text, features)


@pytest.mark.parametrize("text, place", [
    ("В Сирии расположены две базы ВС РФ: база ВМФ «Тартус» и база ВКС «Хмеймим».", "hmeimim-air-base"),
    ("В порту Тартуса находится пункт обеспечения ВМФ России.", "tartus-naval-facility"),
    ("Аэродром Камышлы был одной из трех баз РФ в стране.", "qamishli-airport"),
])
def test_a_russian_base_with_its_operator_after_it_is_active(text, place, features):
    assert (place, "active") in statuses(text, features)


def test_a_base_in_russia_or_guarding_russias_bases_is_no_presence_said(features):
    # "базы в России" is where the force goes home; guarding bases names none.
    assert ("active", "present") not in kinds("Военные вернулись на базы в России.")
    assert statuses("Военные вернулись с Хмеймима на базы в России.", features) == set()
    assert kinds("Асад приказал охранять военные базы РФ.") == []


def test_the_russian_periphrasis_of_landing_is_a_flight_to_a_base_in_use(features):
    text = "Два самолета Ан-124 совершили посадку на авиабазе Хмеймим утром."
    assert statuses(text, features) == {("hmeimim-air-base", "active")}


def test_a_name_met_after_a_title_stays_a_persons_name_in_later_sentences(features):
    # "Khalifa" is also a town in GeoNames: after "commander" it is a person's given name, and
    # so it is with the same surname in the next sentence, which has no title.
    text = ("The eastern commander Khalifa Haftar welcomed the Russian planes. Russian forces "
            "withdrew air defence equipment from Syria to the bases held by Khalifa Haftar.")
    result = extract({"text": text, "published": "2024-12-19"}, features, gazetteer=True)
    assert not any("Khalifa" in p["mention"] for p in result["proposals"])
    assert not any(u["mention"] == "Khalifa" for u in result["unproposed"])
