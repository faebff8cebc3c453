"""Mechanisms that read constructions rather than word forms (README, "Report intake"):
stems, continuation, a base said to exist, lists after a plural head, the noun before its
verb of beginning, equipment objects, denials, a cue carried from the sentence before, and
Arabic verbs whose first letter looks like a clitic. Each in the three languages where it
applies; the sentences are the tests' own."""

import pytest

from tests.intake.probes import kinds, statuses
from tracker.intake.folded_lines import folded_line, whole_line
from tracker.intake.names import NameIndex
from tracker.intake.normalise import tokens


@pytest.mark.parametrize("sentence", [
    "Самолеты снова выполняют рейсы на авиабазу Хмеймим.",   # рейсы is folded to реисы
    "Самолет Ан-124 трижды прилетал на базу в Хмеймиме.",    # прилетал, not only прилетел
])
def test_russian_patterns_match_as_the_text_is_folded(sentence, features):
    assert statuses(sentence, features) == {("hmeimim-air-base", "active")}


@pytest.mark.parametrize("sentence", [
    "Hmeimim air base is said to still be maintained by Russian forces.",
    "Russian forces continue to operate the Tartus naval facility.",
    "ما زالت القواعد الروسية، حميميم وطرطوس، نشطة.",
    "Авиабаза Хмеймим по-прежнему используется российскими военными.",
])
def test_continuation_with_a_predicate_of_use_is_active(sentence, features):
    found = statuses(sentence, features)
    assert found and {status for _, status in found} == {"active"}


@pytest.mark.parametrize("sentence", [
    "Russia operates two military facilities in Syria — the naval facility in Tartus, and the Hmeimim air base.",
    "В стране находятся две российские базы: морская база в Тартусе и авиабаза Хмеймим.",
    "وتحتفظ روسيا بقاعدتين في سوريا، الأولى في طرطوس، والثانية قاعدة حميميم الجوية.",
])
def test_places_listed_after_a_plural_head_take_its_cue(sentence, features):
    assert statuses(sentence, features) == {("tartus-naval-facility", "active"),
                                            ("hmeimim-air-base", "active")}


def test_a_list_head_does_not_reach_past_another_cue(features):
    text = ("Russia keeps two bases in Syria, and it withdrew its forces from Qamishli airport.")
    assert ("qamishli-airport", "active") not in statuses(text, features)


@pytest.mark.parametrize("sentence, expected", [
    ("The long-expected withdrawal of Russian forces from the Tartus naval facility has finally started.",
     "withdrawing"),
    ("Russia has been drawing down its posture at Hmeimim air base.", "reduced"),
    ("Since the downscaling of its footprint at Tartus, the squadron has had no other port.", "reduced"),
    ("Two transport planes arrived at Hmeimim air base to evacuate personnel.", "withdrawing"),
    ("صور تكشف تجهيزات روسية لمغادرة قاعدة حميميم.", "withdrawing"),
    ("Российские военные готовятся к выводу сил с авиабазы Хмеймим.", "withdrawing"),
])
def test_aspect_and_preparation(sentence, expected, features):
    assert {status for _, status in statuses(sentence, features)} == {expected}


@pytest.mark.parametrize("sentence, expected", [
    ("Russian forces withdrew tanks and vehicles from Qamishli airport.", "withdrawing"),
    ("Russian forces withdrew from Qamishli airport.", "withdrawn"),
    ("Russian forces withdrew their last vehicles from Qamishli airport; it is now empty.", "withdrawn"),
])
def test_equipment_taken_out_is_a_withdrawal_under_way(sentence, expected, features):
    assert statuses(sentence, features) == {("qamishli-airport", expected)}


@pytest.mark.parametrize("sentence", [
    "Russia did not reinforce Qamishli airport.",
    "لم تعزز روسيا قواتها في مطار القامشلي.",
    "Россия не усилила группировку в аэропорту Камышлы.",
])
def test_a_denied_reinforcement_is_no_reinforcement(sentence, features):
    features = features + [dict(features[2], id="qamishli-airport")]
    found = statuses(sentence, features)
    assert not any(status == "reinforced" for _, status in found)


def test_a_rumoured_reinforcement_the_report_denies_is_set_aside(features):
    text = ("وسط أنباء عن تعزيز القوات الروسية حضورها في مطار القامشلي، أوضحت مصادر أن الروس أجروا تغييرات.\n\n"
            "وشملت التغييرات تعيين قادة جدد دون تعزيز عدد القوات.")
    assert ("qamishli-airport", "reinforced") not in statuses(text, features)
    # Without the denial the rumour stands (hedged).
    assert ("qamishli-airport", "reinforced") in statuses(text.split("\n\n")[0], features)


def test_a_cue_is_carried_to_the_next_sentence_that_names_the_places(features):
    text = ("Для России важнее всего удержать свои военные базы в Сирии. "
            "Речь идет о пункте ВМФ в Тартусе и аэродроме Хмеймим.")
    assert statuses(text, features) == {("tartus-naval-facility", "active"), ("hmeimim-air-base", "active")}


def test_a_leaving_cue_is_not_carried(features):
    text = "Russian forces have withdrawn from two bases. These are Tartus and Hmeimim air base."
    assert not any(status in ("withdrawn", "withdrawing") for _, status in statuses(text, features))


def test_an_arabic_verb_starting_with_a_clitic_letter_is_matched_whole():
    words = tokens("قالوا إن الروس باشروا خلال الأيام الماضية نقل معداتهم")
    assert "اشروا" in folded_line(words)[0] and "باشروا" in whole_line(words)[0]
    assert ("withdrawing", "change") in kinds("قالوا إن الروس باشروا خلال الأيام الماضية نقل معداتهم")


def test_ships_carrying_out_an_evacuation_do_not_make_it_reduced(features):
    text = "Корабли в порту Тартус занимаются эвакуацией российских военнослужащих."
    assert statuses(text, features) == {("tartus-naval-facility", "withdrawing")}


def test_a_base_near_a_stored_airport_is_the_airports(features):
    text = "زار صحفيون قاعدة قرب مطار القامشلي، وقالوا إن الروس باشروا نقل معداتهم إلى خارج الموقع."
    assert ("qamishli-airport", "withdrawing") in statuses(text, features, "2026-01-28")


def test_a_lowercase_word_is_never_a_loose_facility_match(features):
    text = "The new Syrian authorities do not plan to terminate the agreements under which Russia uses its bases."
    assert statuses(text, features) == set()
    index = NameIndex()
    assert index._loose(tokens("authorities"), {}) == {}
