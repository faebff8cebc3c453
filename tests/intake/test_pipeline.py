"""The whole pipeline on reports in three languages (the tests' own facilities)."""

import pytest

from tracker.intake import extract

REUTERS = ("Russia is withdrawing forces from an airport in northeastern Syria, five Syrian sources "
           "said.\n\nRussia has stationed forces at Qamishli airport since 2019, a small deployment "
           "compared to its air base and a naval facility on the coast, both of which it is expected "
           "to maintain.\n\nOver the past two days, Russian military vehicles and heavy weapons were "
           "transported from Qamishli to the Hmeimim military airport on Monday.")
KEPT = ("Russia is pulling back its military from the front lines in northern Syria but is not "
        "leaving its two main bases in the country, Hmeimim air base and the Tartus naval facility.")
ARABIC = ("أفاد مراسل كوردستان 24 بأنه قبل ظهر اليوم الاثنين، 26 كانون الثاني 2026، بدأت القوات "
          "الروسية بالانسحاب من مطار قامشلو ( قامشلي).")
RUSSIAN = "Российские военные покинули базы в Манбидже и Кобани на севере Сирии."


def by_place(result):
    return {p["facility"] or p["new_facility"]["name"]: p for p in result["proposals"]}


def test_every_quote_is_the_verbatim_sentence(features):
    for text in (REUTERS, KEPT, ARABIC, RUSSIAN):
        result = extract({"text": text, "published": "2026-01-26"}, features)
        for proposal in result["proposals"]:
            start, end = proposal["quote_span"]
            assert text[start:end] == proposal["quote"]
            mention_start, mention_end = proposal["mention_span"]
            assert text[mention_start:mention_end] == proposal["mention"]


def test_english_withdrawal_and_destination(features):
    found = by_place(extract({"text": REUTERS, "publisher": "Reuters", "published": "2026-01-26"},
                             features))
    assert found["qamishli-airport"]["status"] == "withdrawing"
    assert found["qamishli-airport"]["effective"] == "2026-01-26"
    # Hmeimim is where the equipment went: named, not proposed reinforced.
    assert "hmeimim-air-base" not in found
    # The grade is Reuters' most frequent one in the facilities' histories.
    assert (found["qamishli-airport"]["reliability"], found["qamishli-airport"]["credibility"]) == ("B", 2)
    assert "maintain" not in found["qamishli-airport"]["quote"]  # the kept clause is the bases'


def test_a_base_said_to_be_kept_is_not_proposed_as_left(features):
    found = by_place(extract({"text": KEPT, "published": "2024-12-14"}, features))
    assert found["hmeimim-air-base"]["status"] == "active"
    assert found["tartus-naval-facility"]["status"] == "active"
    assert {p["status"] for p in found.values()} == {"active"}


def test_arabic_report_with_levantine_date(features):
    result = extract({"text": ARABIC, "published": "2026-01-26"}, features)
    (proposal,) = result["proposals"]
    assert (proposal["facility"], proposal["status"], proposal["effective"]) == (
        "qamishli-airport", "withdrawing", "2026-01-26")
    assert proposal["quote"].startswith("أفاد مراسل") and result["report"]["language"] == "ar"


def test_towns_not_stored_become_new_facilities(features):
    found = by_place(extract({"text": RUSSIAN, "published": "2024-12-10"}, features))
    manbij = found["Manbij"]
    assert manbij["status"] == "withdrawn" and manbij["facility"] is None
    assert manbij["new_facility"]["location_precision"] == "town"
    lon, lat = manbij["new_facility"]["geometry"]["coordinates"]
    assert abs(lon - 37.955) < 0.05 and abs(lat - 36.528) < 0.05
    assert len(found) == 2


def test_hedged_sentences_get_lower_confidence(features):
    plain = extract({"text": "Russian forces withdrew from Amuda on Friday.", "published": "2024-12-27"},
                    features)["proposals"][0]
    hedged = extract({"text": "Russian forces may have withdrawn from Amuda on Friday.",
                      "published": "2024-12-27"}, features)["proposals"][0]
    assert plain["effective"] == hedged["effective"] == "2024-12-27"
    assert hedged["hedged"] and hedged["confidence"] < plain["confidence"]
    assert hedged["credibility"] >= 3


def test_places_named_without_a_proposal_are_listed(features):
    result = extract({"text": "Russian officers visited Tartus. Russia withdrew from Amuda."}, features)
    assert [u["facility"] for u in result["unproposed"]] == ["tartus-naval-facility"]
    assert [p["facility"] for p in result["proposals"]] == ["amuda"]


def test_a_largely_evacuated_base_is_withdrawing_not_withdrawn(features):
    # Haberler, 2026-01-27.
    text = ("Local sources stated that Russia has begun to evacuate its military base in Qamishli."
            "\n\nLocal sources reported that the base next to Qamishli Airport has been largely "
            "evacuated, stating that the withdrawal began at least 5 days ago.")
    result = extract({"text": text, "published": "2026-01-27"}, features, gazetteer=False)
    assert {(p["facility"], p["status"]) for p in result["proposals"]} == {
        ("qamishli-airport", "withdrawing")}
    assert all("withdrawn" not in p["note"] for p in result["proposals"])


@pytest.mark.parametrize("text, published", [
    ("Qamishlo Airport was handed to Damascus on Feb. 4, 2026.", "2026-02-04"),
    ("تسلمت الحكومة السورية اليوم مطار القامشلي الدولي من قسد، وسلمت قسد المطار رسميا.", "2026-02-08"),
    ("Аэропорт Камышлы передан сирийским властям.", "2026-02-04"),
])
def test_a_handover_by_someone_else_is_not_the_operators(text, published, features):
    result = extract({"text": text, "published": published}, features, gazetteer=False)
    assert [p for p in result["proposals"] if p["status"] == "handed_over"] == []


@pytest.mark.parametrize("text", [
    "Russian forces handed over their point at Qamishli airport to the Asayish.",
    "سلمت القوات الروسية نقطتها في مطار القامشلي لقوات الأسايش.",
    "Российские военные передали свой пункт на аэродроме Камышлы курдам.",
])
def test_the_operators_handover_is(text, features):
    result = extract({"text": text, "published": "2026-01-26"}, features, gazetteer=False)
    assert [(p["facility"], p["status"]) for p in result["proposals"]] == [
        ("qamishli-airport", "handed_over")]


@pytest.mark.parametrize("text, place", [
    ("A column of American troops entered Ain al-Arab (Kobani), a former Russian military base.",
     "Kobani"),
    ("US troops also occupied former Russian bases in Ain Issa.", "ain-issa"),
    ("دخلت قوات أمريكية إلى قاعدة روسية سابقة في عين عيسى.", "ain-issa"),
    ("Американские военные заняли бывшую российскую базу Айн-Исса.", "ain-issa"),
])
def test_a_former_russian_base_is_left(text, place, features):
    features = features + [_ain_issa()]
    found = by_place(extract({"text": text, "published": "2024-12-15"}, features))
    assert found[place]["status"] == "withdrawn"
    assert found[place]["effective"] == "2024-12-15"


def test_a_place_merely_entered_is_not_left(features):
    found = by_place(extract({"text": "A column of American troops entered Ain al-Arab (Kobani).",
                              "published": "2024-12-15"}, features))
    assert found == {}


def _ain_issa():
    from tests.intake.conftest import facility
    return facility("ain-issa", "Ain Issa", ["Айн-Исса", "عين عيسى"], 38.86, 36.38, kind="army_base")


@pytest.mark.parametrize("text", [
    "Hundreds of families are sheltering at Hmeimim air base, which they reached last week.",
    "Hundreds of families are sheltering at Hmeimim air base since the clashes of last week.",
    "تستقبل قاعدة حميميم مئات العائلات التي فرت الأسبوع الماضي.",
    "На авиабазе Хмеймим укрыли сотни семей, которые бежали на прошлой неделе.",
])
def test_a_date_in_a_clause_after_the_cue_is_that_clauses_not_the_cues(text, features):
    found = by_place(extract({"text": text, "published": "2025-03-10"}, features))
    assert found["hmeimim-air-base"]["status"] == "active"
    assert found["hmeimim-air-base"]["effective"] == "2025-03-10"


def test_a_date_in_the_cues_own_clause_still_dates_it(features):
    text = "Russian forces withdrew from Qamishli airport last week."
    found = by_place(extract({"text": text, "published": "2026-01-28"}, features))
    assert found["qamishli-airport"]["effective"] == "2026-01-01"


def test_a_town_right_after_a_stored_facility_only_locates_it(features):
    for text in ("بدأت القوات الروسية الانسحاب من مطار القامشلي بالحسكة.",
                 "Russian forces withdrew on Tuesday from Qamishli airport in Hasakah."):
        found = by_place(extract({"text": text, "published": "2024-12-25"}, features))
        assert set(found) == {"qamishli-airport"}, text


def test_near_from_is_near_and_a_conjunction_starts_an_unlisted_place(features):
    text = "غادرت القوات الروسية قواعدها في عامودا وتل السمن بالقرب من مدينة الرقة."
    result = extract({"text": text, "published": "2024-12-25"}, features)
    names = {p["facility"] or p["new_facility"]["name"] for p in result["proposals"]}
    assert names == {"amuda", "Tl Smn"}   # not Raqqa, the landmark; not "وتل" (name: transliterated)
    tal = next(p for p in result["proposals"] if not p["facility"])
    assert tal["new_facility"]["gazetteer"]["near"]["name"] == "Ar Raqqah"
    assert text[tal["mention_span"][0]:tal["mention_span"][1]] == tal["mention"] == "تل السمن"


def test_a_move_naming_only_where_it_goes_starts_at_the_place_named_just_before(features):
    text = "Russian troops are stationed at Amuda. On Tuesday they were moved to the Hmeimim air base."
    found = by_place(extract({"text": text, "published": "2024-12-25"}, features, gazetteer=False))
    assert set(found) == {"amuda"}          # the goal is not reinforced by the move
    assert found["amuda"]["status"] == "withdrawing" and found["amuda"]["effective"] == "2024-12-24"
    assert "Amuda, named in the previous sentence" in found["amuda"]["reason"]
    start, end = found["amuda"]["mention_span"]
    assert text[start:end] == found["amuda"]["mention"]


def test_no_origin_is_guessed_when_the_sentence_before_named_two_places(features):
    # "stationed at" is a present cue (README, "Report intake"): both places are active;
    # neither is guessed as where the move started, and its goal is not reinforced.
    text = ("Russian troops are stationed at Amuda and Qamishli airport. "
            "On Tuesday they were moved to the Hmeimim air base.")
    found = by_place(extract({"text": text, "published": "2024-12-25"}, features, gazetteer=False))
    assert {place: p["status"] for place, p in found.items()} == {"amuda": "active",
                                                                  "qamishli-airport": "active"}


def test_a_bare_earlier_year_is_a_recap_listed_but_not_proposed(features):
    text = "Ukrainian intelligence said that warships began leaving the base in Tartus in 2024."
    result = extract({"text": text, "published": "2026-01-26"}, features, gazetteer=False)
    assert result["proposals"] == []
    assert [u["facility"] for u in result["unproposed"]] == ["tartus-naval-facility"]
    dated = extract({"text": "Warships began leaving the base in Tartus on Monday.",
                     "published": "2026-01-26"}, features, gazetteer=False)
    assert [p["facility"] for p in dated["proposals"]] == ["tartus-naval-facility"]
