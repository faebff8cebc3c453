"""Constructions the misses of the seventeenth set led to (README, "Report intake", *The
seventeenth set's classes*): a reinforced place needs no active reading beside it, a
leaving word the sentence denies as a report, reinforcing a relation, reinforcements moved
across a relative clause, a town standing for its countryside or spelling a time word's
adjective, bases said to remain the operator's, and the Russian possessive without a verb.
Each in the languages where it applies; the sentences are the tests' own."""

import pytest

from tests.intake.probes import kinds, statuses

LEFT = {"withdrawn", "withdrawing", "handed_over"}


@pytest.mark.parametrize("text", [
    "Russian forces reinforced Qamishli airport on Monday. The Russian presence at Qamishli "
    "airport is still evident.",
    "هبطت طائرات روسية في مطار القامشلي تحمل تعزيزات عسكرية. ولا تزال روسيا تحتفظ بمطار القامشلي.",
    "Россия усилила группировку на аэродроме Камышлы. Российские военные по-прежнему находятся в Камышлы.",
])
def test_a_reinforced_place_is_not_also_proposed_active(text, features):
    found = statuses(text, features)
    assert ("qamishli-airport", "reinforced") in found, found
    assert ("qamishli-airport", "active") not in found, found


def test_a_denied_reinforcement_still_leaves_the_place_active(features):
    # The older rule: "no reinforcement" sets the rumour aside, and the place stays active.
    text = ("Reports spoke of reinforcements at Hmeimim air base. There was no reinforcement "
            "of the troops at Hmeimim air base.")
    assert ("hmeimim-air-base", "active") in statuses(text, features)


@pytest.mark.parametrize("text", [
    "Officials denied reports of an evacuation of Qamishli airport by Russian forces.",
    "ونفى مسؤولون روس الأنباء المتداولة عن إخلاء مطار القامشلي.",
    "В Минобороны опровергли сообщения о выводе военных с аэродрома Камышлы.",
])
def test_a_leaving_word_the_sentence_denies_is_no_departure(text, features):
    found = statuses(text, features)
    assert not {place for place, status in found if status in LEFT}, found


@pytest.mark.parametrize("text", [
    "The Kremlin denied reports of damage at the port, but the ships left Tartus on Monday.",
    "ونفت موسكو أنباء عن أضرار في الميناء، لكن السفن غادرت طرطوس يوم الاثنين.",
    "В Кремле опровергли сообщения о повреждениях, но корабли покинули Тартус в понедельник.",
])
def test_a_leaving_word_after_a_contrast_is_no_part_of_the_denial(text, features):
    found = statuses(text, features)
    assert ("tartus-naval-facility", "active") not in found, found
    assert any(status in ("reduced", "withdrawn") for place, status in found
               if place == "tartus-naval-facility"), found


def test_a_leaving_word_far_from_a_denial_is_still_read(features):
    # Beyond the denial's reach the sentence tells of a departure of its own.
    text = ("The ministry denied the report of a strike on a convoy near the coast on Monday "
            "night, and separately Russian troops withdrew from Qamishli airport.")
    assert ("qamishli-airport", "withdrawn") in statuses(text, features)


@pytest.mark.parametrize("sentence", [
    "The visit is a step toward strengthening ties between Moscow and Damascus.",
    "وتأتي الزيارة في إطار تعزيز التعاون بين البلدين.",
    "Визит направлен на укрепление сотрудничества двух стран.",
])
def test_reinforcing_a_relation_is_no_cue(sentence):
    assert ("reinforced", "change") not in kinds(sentence)


def test_reinforcing_a_force_still_is():
    assert ("reinforced", "change") in kinds("عززت القوات الروسية وجودها في المطار.")


@pytest.mark.parametrize("text", [
    "The reinforcements that reached Qamishli airport were moved from Hmeimim air base.",
    "التعزيزات التي وصلت إلى مطار القامشلي جرى نقلها من قاعدة حميميم.",
])
def test_where_reinforcements_came_from_across_a_relative_clause_is_not_left(text, features):
    found = statuses(text, features)
    assert ("hmeimim-air-base", "withdrawing") not in found, found


def test_a_move_with_no_reinforcement_for_its_subject_still_leaves(features):
    # Reinforcements in the sentence before are not what the move carries.
    text = ("Reinforcements reached Qamishli airport last week. Later, equipment was moved "
            "from Hmeimim air base.")
    assert ("hmeimim-air-base", "withdrawing") in statuses(text, features)


@pytest.mark.parametrize("text", [
    "أخلت القوات الروسية عدة مواقع عسكرية في ريفي إدلب والرقة.",
    "Russian troops withdrew from several positions in the countryside of Idlib.",
    "Russian troops withdrew from several positions in the Idlib countryside.",
])
def test_a_town_standing_for_its_countryside_is_not_proposed(text, features):
    assert statuses(text, features, gazetteer=True) == set()


def test_a_town_itself_is_still_proposed(features):
    found = statuses("انسحبت القوات الروسية من مدينة الرقة.", features, gazetteer=True)
    assert any(status == "withdrawn" for _, status in found), found


def test_a_time_words_adjective_is_no_town(features):
    # "قبل وقت قصير": "shortly before", not Qusayr.
    text = "وانطلقت طائرات النقل الروسية من قاعدة حميميم قبل وقت قصير من بدء الرحلات."
    found = statuses(text, features, gazetteer=True)
    assert all(isinstance(place, str) for place, _ in found), found


@pytest.mark.parametrize("text", [
    "The naval base in Tartus and the airbase in Khmeimim remain Russia's only official "
    "military installations abroad.",
    "У России две военные базы в Сирии – в Тартусе и Хмеймиме.",
])
def test_bases_said_to_be_the_operators_are_active(text, features):
    found = statuses(text, features)
    assert {("tartus-naval-facility", "active"), ("hmeimim-air-base", "active")} <= found, found


def test_another_countrys_base_is_not_the_operators(features):
    assert statuses("У Турции две военные базы в Сирии.", features) == set()


@pytest.mark.parametrize("text", [
    "The airbase in Khmeimim plays a key role in Russia's operations in Africa.",
    "تلعب قاعدة حميميم دورا محوريا في عمليات روسيا في أفريقيا.",
    "Авиабаза Хмеймим играет ключевую роль в операциях России в Африке.",
])
def test_a_base_playing_a_part_in_the_forces_work_is_active(text, features):
    assert statuses(text, features) == {("hmeimim-air-base", "active")}


def test_patrols_the_force_carried_out_at_a_place_are_presence(features):
    text = "وأشار المصدر إلى الدوريات التي نفذتها القوات الروسية في مطار القامشلي الأسبوع الماضي."
    assert statuses(text, features) == {("qamishli-airport", "active")}


def test_a_role_a_base_once_had_beside_its_departure_is_still_left(features):
    # Presence gives way to a departure of the same place in the report.
    text = ("The Qamishli airport base played a key role in patrols. Russian troops withdrew "
            "from Qamishli airport on Monday.")
    assert ("qamishli-airport", "withdrawn") in statuses(text, features)
