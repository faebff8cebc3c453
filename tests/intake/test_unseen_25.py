"""Constructions the misses of the twenty-fifth set led to (README, "Report intake", *The
twenty-fifth set's classes*). The sentences are the tests' own, not the corpus's."""

import pytest

from tests.intake.probes import kinds, statuses
from tracker.intake.names import NameIndex, Place
from tracker.intake.normalise import tokens

HM, TA, Q = "hmeimim-air-base", "tartus-naval-facility", "qamishli-airport"


@pytest.mark.parametrize("sentence", [
    "ولجأ الآلاف إلى قاعدة حميميم الجوية بعد أعمال العنف.",
    "فلجأ المدنيون إلى قاعدة حميميم.",
    "شن مسلحون اليوم هجوما على قاعدة حميميم العسكرية الروسية.",
])
def test_arabic_refuge_with_its_conjunction_and_an_attack_in_the_accusative_are_present(sentence, features):
    assert statuses(sentence, features) == {(HM, "active")}


def test_a_report_quoted_from_is_no_move():
    # "نقل عنها المرصد" is "the Observatory reported from them", not a transfer.
    assert kinds("وبحسب مصادر أهلية نقل عنها المرصد، سمع إطلاق رصاص في محيط المطار.") == []


def test_russia_owning_two_installations_is_present():
    text = ("وقال بيسكوف إن روسيا تمتلك منشأتين عسكريتين في سوريا هما المركز البحري في مدينة طرطوس "
            "وقاعدة حميميم الجوية.")
    assert ("active", "present") in kinds(text)


def test_an_arabic_word_far_from_a_stored_arabic_name_is_not_that_place():
    index = NameIndex()
    index.add("Hisyah", Place("Hisyah", facility="hisyah"))
    index.add("حسياء", Place("Hisyah", facility="hisyah"))
    index.add("Hmeimim", Place("Hmeimim", facility="hmeimim"))
    index.add("حميميم", Place("Hmeimim", facility="hmeimim"))
    assert index.lookup(tokens("خشية")) == {}  # "fearing", three letters off حسياء
    assert set(index.lookup(tokens("خميميم"))) == {("facility", "hmeimim")}  # one off حميميم
    assert set(index.lookup(tokens("Hesya"))) == {("facility", "hisyah")}  # Latin still loose


@pytest.mark.parametrize("text, expected", [
    ("وجاءت الزيارة وسط تقارير عن سحب روسيا قواتها من مطار القامشلي، مع الإبقاء على قاعدتها "
     "الجوية في حميميم.", {(Q, "withdrawing"), (HM, "active")}),
    ("أكدت المصادر سحب القوات الروسية معداتها من مطار القامشلي.", {(Q, "withdrawing")}),
])
def test_the_arabic_verbal_noun_with_its_forces_is_a_withdrawal_under_way(text, expected, features):
    assert statuses(text, features) == expected


def test_sahb_alone_is_no_cue():
    assert kinds("ظهرت السحب فوق الساحل.") == []


@pytest.mark.parametrize("sentence", [
    "أكدت مصادر أن أكثر من 50 لاجئا سوريا غادروا قاعدة حميميم باتجاه روسيا.",
    "غادر اللاجئون قاعدة حميميم أمس.",
])
def test_refugees_leaving_a_base_are_not_the_force_leaving(sentence, features):
    assert not {s for _, s in statuses(sentence, features)} & {"withdrawn", "withdrawing"}


@pytest.mark.parametrize("sentence", [
    "تسمح قاعدة طرطوس البحرية وقاعدة حميميم الجوية، اللتان تستأجرهما روسيا، لموسكو بنشر قواتها.",
    "Russia's forces operate from the Khmeimim Air Base and the Tartus naval facility, which it leases.",
    "Russia leases the Tartus naval facility.",
    "Авиабаза Хмеймим и пункт в Тартусе, арендуемые Россией, работают.",
])
def test_russia_as_the_lessee_is_present(sentence):
    assert ("active", "present") in kinds(sentence)


def test_a_lease_cancelled_is_no_presence():
    assert ("active", "present") not in kinds("Syria cancelled the lease of the Tartus port.")


@pytest.mark.parametrize("sentence", [
    "Despite the removal of Assad, its forces continue operating from the Khmeimim Air Base.",
    "After the removal of longtime President Bashar Assad, Russia kept the Khmeimim Air Base.",
])
def test_a_ruler_removed_is_no_move(sentence, features):
    assert statuses(sentence, features) == {(HM, "active")}


def test_equipment_removed_is_still_a_move():
    assert ("withdrawing", "transfer") in kinds("The removal of Russian equipment from Hmeimim began.")


@pytest.mark.parametrize("sentence", [
    "Officials at Russia's Khmeimim Air Base urged civilians who fled sectarian violence to return.",
    "فتحت روسيا أبواب قاعدة حميميم أمام آلاف فروا من أعمال العنف.",
])
def test_fleeing_violence_is_no_leaving_word(sentence, features):
    assert statuses(sentence, features) == {(HM, "active")}


def test_fleeing_a_place_is_still_leaving(features):
    assert statuses("Russian troops fled the Qamishli airport.", features) == {(Q, "withdrawn")}


@pytest.mark.parametrize("sentence", [
    "قالت مصادر إن قوات تابعة لوزارة الدفاع السورية نشرت قناصة في قاعدة حميميم.",
    "نشرت القوات الحكومية السورية حواجز في قاعدة حميميم.",
    "Syrian government forces deployed checkpoints at the Hmeimim air base.",
    "Сирийские военные развернули посты у авиабазы Хмеймим.",
])
def test_another_countrys_force_deploying_is_no_reinforcement(sentence, features):
    assert "reinforced" not in {s for _, s in statuses(sentence, features)}


@pytest.mark.parametrize("sentence", [
    "Russia deployed more troops to the Hmeimim air base.",
    "نشرت القوات الروسية تعزيزات في قاعدة حميميم.",
])
def test_russia_deploying_is_still_reinforcement(sentence, features):
    assert statuses(sentence, features) == {(HM, "reinforced")}


def test_the_villages_around_a_base_make_it_a_landmark(features):
    text = "نشرت قوات الأمن حواجز في القرى المحيطة بقاعدة حميميم."
    assert statuses(text, features) == set()


@pytest.mark.parametrize("sentence", [
    "رصدت صور أقمار صناعية قيام روسيا بإخلاء السفن البحرية من قاعدتها في طرطوس.",
    "Images show Russia evacuating the warships from its base in Tartus.",
])
def test_ships_evacuated_from_a_naval_base_reduce_it(sentence, features):
    assert statuses(sentence, features) == {(TA, "reduced")}


def test_ships_evacuated_with_weapons_take_the_gear_too(features):
    text = "إجلاء السفن والأسلحة من قاعدة حميميم."
    assert statuses(text, features) == {(HM, "withdrawing")}


@pytest.mark.parametrize("sentence", [
    "The images show the Russian military disassembling a Ka-52 helicopter at the Hmeimim air base.",
    "At the Hmeimim air base the aircraft prepare to load cargo.",
    "Parts of an S-400 system at the Hmeimim air base are being prepared for loading.",
])
def test_disassembling_and_loading_are_a_withdrawal_under_way(sentence, features):
    assert statuses(sentence, features) == {(HM, "withdrawing")}


def test_a_cue_carried_back_is_quoted_once_in_the_reason(features):
    from tracker.intake import extract
    text = "Cargo planes have arrived at the Hmeimim air base.\nThe aircraft prepare to load cargo."
    result = extract({"text": text, "published": "2024-12-13"}, features, gazetteer=False)
    (proposal,) = result["proposals"]
    assert proposal["status"] == "withdrawing"
    assert proposal["reason"].count("“prepare to load”") == 1


@pytest.mark.parametrize("text, pair", [
    ("Russia seeks to secure the fate of its naval base in Tartus and its air base at Khmeimim.\n"
     "The two bases are Moscow's only military outposts outside the former Soviet Union.", "The two bases"),
    ("A delegation visited the Tartus naval facility and the Hmeimim air base.\n"
     "Both bases are Moscow's only outposts outside the former Soviet Union.", "Both bases"),
    ("تسعى روسيا إلى تأمين مستقبل قاعدة طرطوس البحرية وقاعدة حميميم الجوية.\n"
     "وتعمل القاعدتان حتى الآن.", "القاعدتان"),
    ("Делегация посетила базу в Тартусе и авиабазу Хмеймим.\n"
     "Сейчас обе базы находятся под контролем российских военных.", "обе базы"),
])
def test_the_two_bases_are_the_pair_named_just_before(text, pair, features):
    from tracker.intake import extract
    result = extract({"text": text, "published": "2025-01-28"}, features, gazetteer=False)
    found = {(p["facility"], p["status"], p["mention"]) for p in result["proposals"]}
    assert found == {(HM, "active", pair), (TA, "active", pair)}


def test_the_two_bases_after_three_places_are_no_one(features):
    from tracker.intake import extract
    text = ("Russia holds Hmeimim air base, the Tartus naval facility and Qamishli airport.\n"
            "The two bases on the coast are Moscow's only outposts outside the former Soviet Union.")
    result = extract({"text": text, "published": "2025-01-28"}, features, gazetteer=False)
    assert not [p for p in result["proposals"] if p["mention"] == "The two bases"]
