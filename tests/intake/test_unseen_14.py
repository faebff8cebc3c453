"""Constructions the misses of the thirteenth and fourteenth sets led to (README, "Report
intake", *The thirteenth and fourteenth sets' classes*): a base kept while forces pull back
elsewhere, contrast clauses, forces gathering, people carried out, part of a force, a
Russian "from A to B", more words for taking equipment apart or away, a departure said
sentences after its place, plans to keep, ships off a coast. Each in the languages where
it applies; the sentences are the tests' own."""

import pytest

from tests.intake.probes import kinds, statuses
from tracker.intake import extract

LEFT = {"withdrawn", "withdrawing", "handed_over"}


def left(found):
    return {place for place, status in found if status in LEFT}


@pytest.mark.parametrize("text", [
    "Москва отводит часть войск с передовых позиций, но оставляет их на авиабазе Хмеймим.",
    "بدأت موسكو بسحب قواتها من الجبهات، مع احتفاظها بقاعدة حميميم.",
    "Moscow is pulling units back from the front, but Russian troops remain at Hmeimim air base.",
])
def test_a_base_kept_while_forces_pull_back_elsewhere_is_active(text, features):
    assert statuses(text, features) == {("hmeimim-air-base", "active")}


def test_a_leaving_word_does_not_cross_but(features):
    text = "Russian crews are withdrawing from the northern posts, but Hmeimim air base is busy."
    assert left(statuses(text, features)) == set()


def test_a_contrast_clause_keeps_its_own_date(features):
    text = "أخلت القوات الروسية قاعدة عامودا الأسبوع الماضي، بينما تنسحب من مطار القامشلي."
    result = extract({"text": text, "published": "2026-03-04"}, features, gazetteer=False)
    dated = {p["facility"]: p["effective"] for p in result["proposals"]}
    assert dated["qamishli-airport"] == "2026-03-04"  # not the week of the other clause
    assert dated["amuda"] != "2026-03-04"


def test_apparently_is_no_contrast(features):
    # "فيما يبدو" is "apparently": the clause after it is the same statement's.
    text = "شوهدت شاحنات روسية في مطار القامشلي، فيما يبدو أنه انسحاب للقوات."
    assert ("qamishli-airport", "withdrawing") in statuses(text, features)


@pytest.mark.parametrize("text", [
    "Russian units withdrew from Amuda and amassed at Hmeimim air base.",
    "انسحبت القوات الروسية من عامودا لتتجمع في قاعدة حميميم.",
])
def test_where_forces_gather_after_leaving_a_named_place_is_not_left(text, features):
    assert statuses(text, features) == {("amuda", "withdrawn")}


@pytest.mark.parametrize("text", [
    "Russia is taking its equipment out of Syria. Trucks have gathered at Tartus port.",
    "تنقل روسيا معداتها خارج سوريا. وتتجمع السفن الحربية في ميناء طرطوس.",
    "Россия вывозит технику из Сирии. В порту Тартус складирована военная техника.",
])
def test_gathering_while_the_force_leaves_the_country_is_withdrawing(text, features):
    # Warships gathering are not the fleet sailing away: no "reduced".
    assert statuses(text, features) == {("tartus-naval-facility", "withdrawing")}


def test_people_carried_out_of_a_base_leave_it(features):
    text = "وما زالت طائرات قاعدة حميميم تنقل الرعايا الروس إلى بلادهم على دفعات."
    assert statuses(text, features) == {("hmeimim-air-base", "withdrawing")}


@pytest.mark.parametrize("text", [
    "Russia pulled out part of its forces from Hmeimim air base on Monday.",
    "سحبت روسيا جزءا من قواتها من قاعدة حميميم يوم الاثنين.",
    "Россия вывела часть войск с авиабазы Хмеймим в понедельник.",
])
def test_part_of_a_force_gone_is_withdrawing(text, features):
    assert statuses(text, features) == {("hmeimim-air-base", "withdrawing")}


@pytest.mark.parametrize("text", [
    "Военные уходят из Амуды в Хмеймим.",
    "Колонна ушла из аэропорта Камышлы в Хмеймим.",
    "Подразделение бежало из Амуды и перебралось на базу Хмеймим.",
])
def test_a_russian_from_a_to_b_is_no_departure_from_b(text, features):
    assert "hmeimim-air-base" not in left(statuses(text, features))


@pytest.mark.parametrize("text", [
    "A Ka-52 helicopter was being taken apart at Hmeimim air base.",
    "Crews at Hmeimim air base appear to be packing up equipment.",
    "Radars at Hmeimim air base were prepared for transport on Friday.",
    "Soldiers were pulling equipment out of Hmeimim air base.",
    "Russia has begun to transfer equipment from Hmeimim air base.",
    "Further Russian troops are expected to depart from Hmeimim air base.",
    "أقدمت القوات الروسية على سحب معداتها من قاعدة حميميم.",
    "На авиабазе Хмеймим вертолеты готовят к погрузке.",
    "На авиабазе Хмеймим разбирают зенитные комплексы.",
    "Видео фиксирует уход военных с авиабазы Хмеймим.",
])
def test_taking_equipment_apart_or_away_is_withdrawing(text, features):
    assert statuses(text, features) == {("hmeimim-air-base", "withdrawing")}


def test_warships_missing_from_a_base_reduce_it(features):
    text = "Russian warships are still missing from the base in Tartus."
    assert statuses(text, features) == {("tartus-naval-facility", "reduced")}


@pytest.mark.parametrize("text", [
    "Российский гарнизон сбежал из Амуды в пятницу.",
    "Это означает окончание многолетнего присутствия российских военных в Амуде.",
])
def test_russian_flight_and_an_end_of_presence_are_leaving(text, features):
    assert left(statuses(text, features)) == {"amuda"}


def test_a_departure_said_sentences_after_its_place_is_the_places(features):
    text = ("Two cargo planes stood at Hmeimim air base on Friday. Satellite photos were taken "
            "by a commercial firm. They were published on Saturday. A helicopter was being "
            "dismantled for transport.")
    assert statuses(text, features) == {("hmeimim-air-base", "withdrawing")}


def test_a_departure_four_sentences_on_is_not_carried(features):
    text = ("Two cargo planes stood at Hmeimim air base on Friday. The photos were taken by a "
            "firm. They were sold to newspapers. Editors checked them. A helicopter was being "
            "dismantled for transport.")
    assert statuses(text, features) == set()


def test_the_goal_of_a_move_takes_no_departure_after_it(features):
    text = ("Some of the troops are moving to Hmeimim air base. "
            "The withdrawal process has been going on for a week.")
    assert "hmeimim-air-base" not in left(statuses(text, features))


@pytest.mark.parametrize("text", [
    "Officials say Moscow plans to maintain its presence at Hmeimim air base.",
    "Moscow is negotiating in order to keep Hmeimim air base.",
    "وتعتزم موسكو الاحتفاظ بقاعدة حميميم.",
    "Москва намерена сохранить авиабазу Хмеймим.",
])
def test_a_plan_to_keep_a_base_is_no_status(text, features):
    assert statuses(text, features) == set()
    assert [kind for _, kind in kinds(text)] == ["wish"]


def test_a_base_planned_to_be_kept_is_never_proposed_as_left(features):
    text = ("Moscow plans to keep Hmeimim air base. "
            "Cargo crews were seen withdrawing equipment from Hmeimim air base.")
    assert left(statuses(text, features)) == set()


def test_ships_off_the_coast_are_not_at_the_port(features):
    text = "Two Russian frigates are still stationed off the coast of Tartus."
    assert statuses(text, features) == set()


@pytest.mark.parametrize("text", [
    "В Сирии сейчас действуют две базы — в Тартусе и Хмеймим.",
    "Hmeimim air base, where Russian jets are based, was quiet on Sunday.",
])
def test_bases_said_to_operate_are_active(text, features):
    assert ("hmeimim-air-base", "active") in statuses(text, features)


def test_columns_retreating_to_a_base_while_leaving_the_country_gather_there(features):
    text = ("Russia continues the withdrawal of its troops from Syria. "
            "Convoys continued to retreat from the interior to the Hmeimim air base.")
    assert statuses(text, features) == {("hmeimim-air-base", "withdrawing")}


def test_ships_carrying_equipment_away_do_not_just_reduce_the_port(features):
    text = "Корабли будут задействованы в вывозе техники, скопившейся в порту Тартус."
    assert statuses(text, features) == {("tartus-naval-facility", "withdrawing")}


def test_out_of_control_is_no_leaving(features):
    text = "Командование на авиабазе Хмеймим заявило, что ситуация вышла из-под контроля."
    assert left(statuses(text, features)) == set()


def test_there_after_a_town_is_that_town(features):
    text = ("Hmeimim air base was busy on Monday. "
            "Военные сбежали с базы в городе Хан-Шейхун, оставив там технику.")
    assert "hmeimim-air-base" not in left(statuses(text, features, gazetteer=True))


def test_the_country_left_in_a_sentence_naming_no_place_makes_later_gathering_withdrawing(features):
    text = ("Ukrainian intelligence says Russia is moving weapons out of Syria by sea. "
            "Officials say activity is intense. Warships have gathered at Tartus naval facility.")
    assert statuses(text, features) == {("tartus-naval-facility", "withdrawing")}


@pytest.mark.parametrize("text", [
    "Авиабаза Хмеймим остается главной точкой для эвакуации российских военных.",
    "Hmeimim air base remains the main hub for the evacuation of Russian troops.",
])
def test_a_base_that_remains_the_evacuations_hub_is_withdrawing(text, features):
    assert statuses(text, features) == {("hmeimim-air-base", "withdrawing")}


def test_a_plane_landing_at_a_base_to_take_equipment_out_leaves_it(features):
    text = "ورصد ناشطون هبوط طائرة شحن روسية في مطار القامشلي بغية نقل المعدات."
    assert statuses(text, features) == {("qamishli-airport", "withdrawing")}
    text = "ورصد ناشطون هبوط طائرة شحن روسية إلى قاعدة حميميم بهدف نقل المعدات إلى روسيا."
    assert statuses(text, features) == {("hmeimim-air-base", "withdrawing")}
