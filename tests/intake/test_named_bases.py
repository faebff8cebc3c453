"""A stored facility named with no word of a change is proposed active, and only then
(README, "Report intake", *Named as it stands*). The sentences are the tests' own."""

import pytest

from tests.intake.probes import statuses
from tracker.intake import extract
from tracker.intake.named_bases import CONFIDENCE


@pytest.mark.parametrize("text, place", [
    ("Russian servicemen guard the gate of the naval base in Tartus.", "tartus-naval-facility"),
    ("Tartus is Syria's second port and home of a Russian logistics point.", "tartus-naval-facility"),
    ("قاعدة حميميم الجوية ركيزة أساسية للوجود العسكري الروسي.", "hmeimim-air-base"),
    ("Российские военные охраняют авиабазу Хмеймим.", "hmeimim-air-base"),
])
def test_a_base_named_as_it_stands_is_proposed_active_at_the_reports_date(text, place, features):
    result = extract({"text": text, "published": "2025-03-01"}, features, gazetteer=False)
    [proposal] = result["proposals"]
    assert (proposal["facility"], proposal["status"], proposal["effective"]) == (place, "active", "2025-03-01")
    assert proposal["quote"] == text and proposal["confidence"] == CONFIDENCE
    assert "with no word of a change" in proposal["reason"]
    assert result["unproposed"] == []


@pytest.mark.parametrize("text", [
    # Its future, an open question, a plan.
    "The fate of the Hmeimim air base is unclear.",
    "مستقبل قاعدة حميميم غامض.",
    "Судьба базы в Тартусе неясна.",
    "Moscow plans a new runway at the Hmeimim air base.",
    # Background: a year of its own.
    "Russian troops have been at Qamishli airport since 2019.",
    "تمثل قاعدة حميميم منذ 2015 مركز السيطرة الروسية.",
    # A visit, a move the cues do not read, a plane taking off.
    "Russian generals toured Hmeimim air base.",
    "وصل وفد روسي لزيارة قاعدة حميميم.",
    "Российская делегация посетила Хмеймим.",
    "Около тысячи военных направились к порту в Тартусе.",
    # An agreement or contract, a lease; a denial.
    "Syria cancelled the contract for the port of Tartus.",
    "ألغت سوريا عقد مرفأ طرطوس.",
    "Сирия расторгла договор об управлении портом Тартус.",
    "Ships cannot enter the base in Tartus.",
])
def test_a_base_named_about_its_future_its_past_a_visit_a_move_or_a_contract_is_no_entry(text, features):
    assert statuses(text, features) == set()


def test_a_change_the_report_says_wins_over_the_base_named_elsewhere(features):
    text = "Russian forces withdrew from Qamishli airport. Russian officers guard Qamishli airport."
    assert statuses(text, features) == {("qamishli-airport", "withdrawn")}


def test_a_base_named_twice_is_proposed_once_from_its_first_sentence(features):
    text = "Russian officers guard Qamishli airport.\nRussian patrols leave daily from Qamishli airport."
    result = extract({"text": text, "published": "2025-03-01"}, features, gazetteer=False)
    assert [(p["facility"], p["quote"]) for p in result["proposals"]] == [
        ("qamishli-airport", "Russian officers guard Qamishli airport.")]
