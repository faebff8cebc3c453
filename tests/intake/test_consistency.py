"""Report-level rules: an evacuation's destination, withdrawn beside withdrawing."""

import pytest

from tracker.intake import extract


def found(text, features, published="2026-01-26"):
    result = extract({"text": text, "published": published}, features, gazetteer=False)
    return {(p["facility"], p["status"], p["effective"]) for p in result["proposals"]}


@pytest.mark.parametrize("text", [
    # Okaz, 2026-01-26: the base is still being left, its equipment goes to Hmeimim.
    "The source mentioned that the evacuation process is still ongoing, and the equipment being "
    "withdrawn is being transferred to the Hmeimim base in Latakia, indicating that a number of "
    "Russian advisors and soldiers remain inside the base at Qamishli Airport until the complete "
    "transfer of equipment and the mission is finalized.",
    # The base left in one sentence, the move in the next.
    "Russian forces withdrew from Amuda on Monday.\nRussian vehicles were moved from Amuda to "
    "Qamishli airport.",
    "قامت القوات الروسية اليوم بإخلاء قاعدتها في بلدة عامودا، حيث نقلت معداتها إلى مطار القامشلي.",
])
def test_an_evacuations_destination_is_not_reinforced(text, features):
    assert not {f for f in found(text, features) if f[1] == "reinforced"}
    assert {f[1] for f in found(text, features)} & {"withdrawing", "withdrawn"}


@pytest.mark.parametrize("text", [
    "Russian military vehicles were transported from Qamishli to the Hmeimim air base on Monday.",
    "نقلت القوات الروسية آلياتها العسكرية اليوم من مطار القامشلي إلى قاعدة حميميم.",
    "Российская военная техника переброшена с аэродрома Камышлы на авиабазу Хмеймим.",
])
def test_a_moves_destination_is_not_reinforced_by_the_move_alone(text, features):
    # The destination of a move is where the leaving force went (README, "Report intake").
    assert found(text, features) == {("qamishli-airport", "withdrawing", "2026-01-26")}


@pytest.mark.parametrize("text", [
    "Russian aircraft moved reinforcements from the Hmeimim base to Qamishli airport on Monday.",
    "نقلت طائرات روسية تعزيزات عسكرية من قاعدة حميميم إلى مطار القامشلي اليوم.",
    "Россия перебросила подкрепления с авиабазы Хмеймим на аэродром Камышлы.",
])
def test_reinforcements_reinforce_where_they_go_not_where_they_come_from(text, features):
    assert found(text, features) == {("qamishli-airport", "reinforced", "2026-01-26")}


def test_a_reinforce_word_for_the_destination_still_counts(features):
    text = ("Russian forces withdrew from Amuda on Monday.\nRussia reinforced Qamishli airport "
            "with the vehicles moved from Amuda.")
    assert ("qamishli-airport", "reinforced", "2026-01-26") in found(text, features)


def test_an_undated_withdrawn_beside_a_withdrawal_under_way_is_withdrawing(features):
    # Horrya, 2026-01-26: "continues moving" then "pulled their equipment ... from Qamishli".
    text = ("تواصل روسيا، منذ عدة أيام نقل أفراد ومعدات من قاعدتها العسكرية في مطار القامشلي.\n\n"
            "وقالت مصادر محلية إن الروس سحبوا معداتهم العسكرية وأفرادهم من القامشلي إلى قاعدة "
            "حميميم الجوية.")
    assert found(text, features) == {("qamishli-airport", "withdrawing", "2026-01-26")}


@pytest.mark.parametrize("second", [
    "Russian forces left Qamishli airport on Monday.",               # its own date
    "Russian forces have completed their withdrawal from Qamishli airport.",  # says it is over
])
def test_a_dated_or_complete_withdrawal_stands_beside_it(second, features):
    text = f"Russia is withdrawing its forces from Qamishli airport.\n{second}"
    assert {s for _, s, _ in found(text, features)} == {"withdrawing", "withdrawn"}


@pytest.mark.parametrize("text", [
    "Russian naval ships have left Moscow's base at Tartous.\nThe ships did not leave the port of "
    "Tartus for good, officials said.",
    "غادرت السفن الحربية الروسية قاعدة طرطوس.\nولم تغادر القوات الروسية قاعدة طرطوس.",
    "Российские военные корабли покинули базу в Тартусе.\nКорабли не покинули порт Тартус.",
])
def test_a_kept_place_said_to_be_reduced_is_reduced(text, features):
    assert found(text, features, "2024-12-10") == {("tartus-naval-facility", "reduced", "2024-12-10")}


@pytest.mark.parametrize("text", [
    "Russia withdrew from Tartus on Monday.\nRussia did not leave Tartus, officials said.",
    "انسحبت القوات الروسية من طرطوس اليوم.\nلم تغادر القوات الروسية قاعدة طرطوس.",
    "Российские военные покинули Тартус.\nРоссийские военные не покинули базу в Тартусе.",
])
def test_a_place_said_not_left_is_never_proposed_withdrawn(text, features):
    assert {s for _, s, _ in found(text, features)} == {"active"}
