"""Presence and activity at a base ("present" cues), weaker than a base said to be kept."""

import pytest

from tracker.intake import extract
from tracker.intake.cues import find_cues
from tracker.intake.normalise import tokens


def found(text, features, published="2025-10-30"):
    result = extract({"text": text, "published": published}, features, gazetteer=False)
    return {(p["facility"], p["status"], p["effective"]) for p in result["proposals"]}


@pytest.mark.parametrize("sentence", [
    "Russia operates two military facilities in Syria.",
    "An An-124 heavy-cargo jet recently landed at Hmeimim air base.",
    "Russia has restarted military flights to its air base.",
    "The Russian foreign ministry said it opened the gates of its base to 8,000 people.",
    "مطار حميميم العسكري، الذي تتخذه روسيا قاعدة لها",
    "تشهد قاعدة حميميم حركة نشطة لطائرات الشحن الروسية التي تهبط فيها",
    "فتحت أبواب قاعدتها العسكرية في حميميم أمام أكثر من 8 آلاف شخص",
    "Россия вновь начала отправлять военно-транспортные самолеты на свою авиабазу Хмеймим.",
    "Полеты возобновились после перерыва.",
    "Россия использует аэродром как свою базу.",
    "Самолеты летали в город Латакия, где расположена авиабаза Хмеймим.",  # base word compounded
    "Россия использует аэродром как авиабазу.",
])
def test_activity_at_a_base_is_a_present_cue(sentence):
    assert ("active", "present") in [(c.status, c.kind) for c in find_cues(tokens(sentence))]


@pytest.mark.parametrize("text, facility", [
    ("An Il-62 transport plane recently landed at Hmeimim air base.", "hmeimim-air-base"),
    ("Russian aircraft are once again en route to Khmeimim.", "hmeimim-air-base"),
    ("يأتي ذلك في وقت تشهد فيه قاعدة حميميم حركة نشطة لطائرات الشحن الروسية.", "hmeimim-air-base"),
    ("Россия начала отправлять самолеты на свою авиабазу Хмеймим.", "hmeimim-air-base"),
])
def test_activity_proposes_the_base_active(text, facility, features):
    assert found(text, features) == {(facility, "active", "2025-10-30")}


@pytest.mark.parametrize("text", [
    "Russian forces are still present at Qamishli airport.\nRussia is withdrawing its forces "
    "from Qamishli airport.",
    "شوهد هبوط طائرة شحن روسية في مطار القامشلي.\nبدأت القوات الروسية بالانسحاب من مطار القامشلي.",
    "Российские военные по-прежнему находятся на аэродроме Камышлы.\nРоссия выводит войска с "
    "аэродрома Камышлы.",
])
def test_presence_beside_a_withdrawal_is_the_force_still_leaving(text, features):
    assert {s for _, s, _ in found(text, features, "2026-01-26")} == {"withdrawing"}


@pytest.mark.parametrize("text, facility", [
    ("In addition to the Khmeimim airbase, the Russian military also retained control of the "
     "base.", "hmeimim-air-base"),
    ("The Russians want to stay at the naval port in Tartus.", "tartus-naval-facility"),
    ("سوريا مهتمة بالحفاظ على القواعد العسكرية الروسية في طرطوس", "tartus-naval-facility"),
    ("تسعى روسيا إلى الإبقاء على قاعدة طرطوس", "tartus-naval-facility"),
])
def test_more_words_for_kept(text, facility, features):
    assert found(text, features) == {(facility, "active", "2025-10-30")}


@pytest.mark.parametrize("text", [
    "A Russian cargo plane departed Russia’s Khmeimim Airbase for Libya on Saturday.",
    "غادرت طائرة شحن روسية قاعدة حميميم متجهة إلى ليبيا.",
    "Российский транспортный самолет покинул авиабазу Хмеймим.",
])
def test_a_plane_taking_off_is_no_withdrawal(text, features):
    assert found(text, features, "2024-12-14") == set()


@pytest.mark.parametrize("text", [
    "The last Russian plane has departed Qamishli airport.",
    "Russian troops and aircraft left Qamishli airport.",
])
def test_the_last_plane_or_forces_with_it_are_a_withdrawal(text, features):
    assert {s for _, s, _ in found(text, features, "2026-01-27")} == {"withdrawn"}


@pytest.mark.parametrize("text", [
    "Thousands sought refuge at the Hmeimim air base after violence erupted on the coast.",
    "Militants mounted a deadly assault on the Hmeimim air base on Tuesday.",
    "The convoy went to Tartus, where Russia's naval base is located.",
    "لجأ آلاف المدنيين إلى قاعدة حميميم الجوية هربا من العنف.",
    "تعرضت قاعدة حميميم الجوية الروسية، الواقعة في ريف اللاذقية، لهجوم مسلح فجر الثلاثاء.",
    "يحتمي آلاف الأشخاص داخل قاعدة حميميم الجوية، التي تديرها القوات الروسية.",
    "Российские военнослужащие укрыли на своей авиабазе Хмеймим мирных жителей.",
    "Неизвестные совершили нападение на российские посты вокруг авиабазы Хмеймим.",
    "Конвой выдвинулся в Тартус, где расположена база ВМФ России.",
    "В Хмеймим приземлилось несколько российских транспортных самолетов.",
])
def test_shelter_attack_and_location_say_the_base_is_in_use(text, features):
    assert {s for _, s, _ in found(text, features)} == {"active"}


@pytest.mark.parametrize("text", [
    "Russian soldiers sheltered residents of Tartus at the Hmeimim air base.",
    "استقبلت قاعدة حميميم الروسية سكان طرطوس الفارين من العنف.",
    "Российские военнослужащие укрыли на своей авиабазе Хмеймим мирных жителей Латакии и Тартуса.",
])
def test_the_people_of_a_town_are_not_its_base(text, features):
    assert {f for f, _, _ in found(text, features)} == {"hmeimim-air-base"}


@pytest.mark.parametrize("text", [
    "Additional forces have been transferred from the Khmeimim airbase to Qamishli airport.",
    "نقلت قوات إضافية من قاعدة حميميم إلى مطار القامشلي.",
    "Дополнительные силы переброшены с авиабазы Хмеймим на аэродром Камышлы.",
])
def test_additional_forces_moved_reinforce_their_goal_not_leave_their_origin(text, features):
    assert found(text, features, "2025-08-12") == {("qamishli-airport", "reinforced", "2025-08-12")}


@pytest.mark.parametrize("sentence", [
    "Russia also has a naval base at Tartus.",
    "تمتلك روسيا قاعدة جوية في حميميم.",
    "Россия располагает авиабазой Хмеймим.",
])
def test_the_operator_having_a_base_is_a_present_cue(sentence):
    assert ("active", "present") in [(c.status, c.kind) for c in find_cues(tokens(sentence))]


@pytest.mark.parametrize("sentence", [
    "Turkey has a base near Tartus.",           # another country's base
    "Russia has withdrawn from the base.",      # a leaving cue, not possession
])
def test_having_is_not_presence_unless_the_operator_has_a_base(sentence):
    assert ("active", "present") not in [(c.status, c.kind) for c in find_cues(tokens(sentence))]
