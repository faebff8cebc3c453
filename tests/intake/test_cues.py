"""Status cues, "kept" negation and hedging in three languages."""

import pytest

from tracker.intake.cues import find_cues
from tracker.intake.normalise import tokens


def cues(sentence):
    return [(c.status, c.kind, c.hedged) for c in find_cues(tokens(sentence))]


@pytest.mark.parametrize("sentence, status", [
    ("Russia withdrew troops and equipment on Tuesday from an airport.", "withdrawn"),
    ("The last Russian plane has departed.", "withdrawn"),
    ("Russian forces have completed their withdrawal from the airport.", "withdrawn"),
    ("Russia is withdrawing forces from an airport in northeastern Syria.", "withdrawing"),
    ("Russian forces have begun pulling out of positions in northeast Syria.", "withdrawing"),
    ("One of the Russian points was handed over to the Asayish.", "handed_over"),
    ("Moscow reinforced the base with helicopters.", "reinforced"),
    ("انسحبت القوات الروسية في 13 ديسمبر من منطقة حسياء", "withdrawn"),
    ("قامت القوات الروسية بإخلاء قاعدتها العسكرية في بلدة عامودا", "withdrawn"),
    ("بدأت القوات الروسية بالانسحاب من مطار قامشلو", "withdrawing"),
    ("روسيا تسحب قواتها من مطار في شمال شرق سوريا", "withdrawing"),
    ("سُلّمت إحدى النقاط العسكرية الروسية لقوات الأسايش", "handed_over"),
    ("Российские военные покинули базы в Манбидже и Кобани.", "withdrawn"),
    ("Россия приступила к выводу своих военных с аэродрома.", "withdrawing"),
    ("Россия выводит войска с аэродрома Камышлы.", "withdrawing"),
])
def test_a_change_is_read_in_each_language(sentence, status):
    assert cues(sentence)[0][:2] == (status, "change")


@pytest.mark.parametrize("sentence", [
    "Russia is pulling back but is not leaving its two main bases.",
    "its air base and naval facility, both of which it is expected to maintain.",
    "لا تعتزم روسيا مغادرة قاعدة حميميم الجوية",
    "ومن المتوقع أن تحتفظ روسيا بقاعدة حميميم",
    "Москва не собирается покидать Хмеймим.",
    "Россия сохранит базы в Хмеймиме и Тартусе.",
])
def test_kept_is_a_cue_of_its_own(sentence):
    assert ("active", "kept") in [c[:2] for c in cues(sentence)]


@pytest.mark.parametrize("sentence", [
    "The government could ask Russian forces to leave; they may have withdrawn already.",
    "قد تكون القوات الروسية انسحبت من المطار",
    "Российские военные якобы покинули аэродром.",
])
def test_hedging_marks_the_cue(sentence):
    assert any(hedged for _, _, hedged in cues(sentence))


def test_plain_statements_are_not_hedged_and_background_is_no_cue():
    assert cues("Russia withdrew its troops on Tuesday.") == [("withdrawn", "change", False)]
    assert cues("Russia has stationed forces at Qamishli airport since 2019.") == []
    assert cues("They left behind protein powder.") == []


@pytest.mark.parametrize("sentence", [
    "Russia has begun to evacuate its military base in Qamishli.",
    "Russian troops started to move out of the airport.",
    "The source said the evacuation process is still ongoing.",
    "Россия начала эвакуировать военных с аэродрома.",
    "Российские военные стали покидать аэродром.",
    "بدأت القوات الروسية بالخروج من المطار",
])
def test_beginning_and_ongoing_withdrawals_are_withdrawing(sentence):
    assert ("withdrawing", "change") in [c[:2] for c in cues(sentence)]


@pytest.mark.parametrize("sentence", [
    "Soldiers remain inside the base at Qamishli Airport until the complete transfer of equipment.",
    "ستبقى القوات الروسية في المطار حتى اكتمال النقل",
    "Часть военных останутся на базе до завершения вывода.",
])
def test_staying_until_the_move_ends_is_still_leaving_not_kept(sentence):
    assert [c[:2] for c in cues(sentence)] == [("withdrawing", "change")]


@pytest.mark.parametrize("sentence, qualifier", [
    ("The base next to Qamishli Airport has been largely evacuated.", "largely"),
    ("Russian forces have mostly left the airport.", "mostly"),
    ("أخلت القوات الروسية قاعدتها في القامشلي بشكل كبير", "بشكل كبير"),
    ("أخلت القوات الروسية معظم مواقعها في الحسكة", "معظم"),
    ("Российские военные в основном покинули аэродром Камышлы.", "в основном"),
    ("Российские военные почти полностью покинули базу.", "почти"),
])
def test_a_partial_withdrawal_is_withdrawing(sentence, qualifier):
    (cue,) = find_cues(tokens(sentence))
    assert (cue.status, cue.partial, cue.complete) == ("withdrawing", qualifier, False)


@pytest.mark.parametrize("sentence, complete", [
    ("Russian forces fully withdrew from the airport.", True),
    ("The last Russian plane has departed.", True),
    ("أخلت القوات الروسية قاعدتها في القامشلي بالكامل", True),
    ("Российские военные полностью покинули базу.", True),
    ("Russian forces withdrew from the airport last week.", False),
    ("Российские военные покинули базу.", False),
])
def test_a_withdrawal_said_to_be_complete_is_marked(sentence, complete):
    (cue,) = find_cues(tokens(sentence))
    assert (cue.status, cue.complete) == ("withdrawn", complete)


@pytest.mark.parametrize("sentence", [
    "The Russian presence is still evident there after Assad's fall.",
    "Russia resumed military flights to the Hmeimim air base after a six-month pause.",
    "لا يزال الوجود الروسي واضحا في قاعدة حميميم",
    "استأنفت روسيا رحلاتها العسكرية إلى قاعدة حميميم",
    "Российские военные по-прежнему присутствуют на базе в Тартусе.",
    "Россия возобновила военные полеты на авиабазу Хмеймим.",
])
def test_presence_going_on_or_resumed_is_present(sentence):
    assert [c[:2] for c in cues(sentence)] == [("active", "present")]


@pytest.mark.parametrize("sentence, negation", [
    ("Russian forces have not left the Hmeimim air base.", "not"),
    ("Russian troops never withdrew from Tartus.", "never"),
    ("لم تنسحب القوات الروسية من قاعدة حميميم", "لم"),
    ("لن تغادر القوات الروسية قاعدة طرطوس", "لن"),
    ("Корабли не покинули порт Тартус.", "не"),
    ("Российские военные не выводят войска из Хмеймима.", "не"),
])
def test_a_negated_leaving_word_is_kept(sentence, negation):
    (cue,) = find_cues(tokens(sentence))
    assert (cue.status, cue.kind, cue.negation) == ("active", "kept", negation)
    assert cue.text.startswith(negation)


@pytest.mark.parametrize("sentence", [
    "Russia did not reinforce Qamishli airport.",
    "لم تعزز روسيا قواتها في مطار القامشلي",
    "Россия не усилила группировку в Камышлы.",
])
def test_a_negated_reinforcement_is_a_denial_not_a_reinforcement(sentence):
    (cue,) = find_cues(tokens(sentence))
    assert (cue.status, cue.kind) == ("active", "denial")
    assert cue.negation is not None


def test_still_is_not_a_negation_and_not_only_is_not_either():
    assert [c[:2] for c in cues("لا تزال القوات الروسية في القاعدة حتى اكتمال النقل")] == [
        ("withdrawing", "change")]
    assert cues("Russia not only withdrew from Amuda.")[0][:2] == ("withdrawn", "change")


@pytest.mark.parametrize("sentence, ships", [
    ("Satellite imagery show that Russian naval ships have left Moscow's base at Tartous.", "ships"),
    ("Russian vessels are leaving the port of Tartus.", "vessels"),
    ("غادرت السفن الحربية الروسية ميناء طرطوس", "سفن"),
    ("سحبت روسيا سفنها من ميناء طرطوس", "سفنها"),
    ("9 декабря эти корабли покинули порт.", "корабли"),
    ("Фрегаты ВМФ России покинули Тартус.", "фрегаты"),
])
def test_ships_leaving_a_port_reduce_it(sentence, ships):
    (cue,) = find_cues(tokens(sentence))
    assert (cue.status, cue.vessels) == ("reduced", ships)


@pytest.mark.parametrize("sentence", [
    "The last Russian ships have left Tartus.",
    "غادرت جميع السفن الروسية ميناء طرطوس",
    "Все корабли полностью покинули Тартус.",
])
def test_all_ships_gone_is_still_reduced_not_the_base_left(sentence):
    assert [c[0] for c in cues(sentence)] == ["reduced"]


@pytest.mark.parametrize("sentence, status", [
    ("At the Tartus port, the Russians are carrying out an emergency evacuation of equipment.",
     "withdrawing"),
    ("Planes were loaded in Qamishli in what seems to be a withdraw of forces.", "withdrawing"),
    ("أظهرت صور أقمار صناعية خلوّ مطار القامشلي من أي نشاط جوي", "withdrawn"),
])
def test_nouns_of_leaving(sentence, status):
    assert cues(sentence)[0][:2] == (status, "change")


@pytest.mark.parametrize("sentence", [
    "in what seems to be a withdrawal of forces from the airport",
    "يبدو أن القوات الروسية انسحبت من المطار",
    "Российские военные, видимо, покинули аэродром.",
])
def test_seeming_is_hedging(sentence):
    assert any(hedged for _, _, hedged in cues(sentence))


@pytest.mark.parametrize("sentence", [
    "Russian troops were dismantling the radar at the airport.",
    "شملت تفكيك رادار عسكري ونقل عتاد إلى طائرات شحن",
    "Российские военные демонтируют радар на аэродроме.",
    "Russian forces began their exit from the base.",
    "Российские военные начали выход с военно-воздушной базы.",
])
def test_dismantling_and_a_begun_exit_are_withdrawing(sentence):
    assert ("withdrawing", "change") in [c[:2] for c in cues(sentence)]
