"""Mechanisms the eleventh held-out set's misses led to (README, "Report intake", *The
eleventh set*): a presence or a posting said plainly, ships docking, hedged and prepared
departures proposed at a lowered confidence, a base that columns are moved to while the
force leaves the country, a present cue beside a leaving one, wanting to keep a base, an
air base called by its town, and frequent Arabic words that spell a facility's consonants.
Each in the languages where it applies; the sentences are the tests' own."""

import pytest

from tests.intake.probes import statuses
from tracker.intake import extract


def confidence(text, features, facility, status):
    result = extract({"text": text, "published": "2025-06-01"}, features, gazetteer=False)
    return next(p["confidence"] for p in result["proposals"]
                if p["facility"] == facility and p["status"] == status)


@pytest.mark.parametrize("text", [
    "Moscow also has a small military presence at Qamishli airport.",
    "A few dozen Russian soldiers are stationed at Qamishli airport, officials said.",
    "وقال مصدر محلي إن القوات الروسية تتمركز في مطار القامشلي منذ أشهر.",
])
def test_a_presence_or_posting_said_plainly_is_active(text, features):
    assert statuses(text, features) == {("qamishli-airport", "active")}


def test_russian_operator_has_a_presence(features):
    text = "Кроме того, Россия имеет ограниченное присутствие в аэропорту Камышлы."
    assert statuses(text, features, gazetteer=True) == {("qamishli-airport", "active")}


def test_a_perfect_posting_since_a_year_is_background(features):
    # "have been stationed ... since 2018" tells the history, not the state of the day.
    assert statuses("Russian troops have been stationed at Qamishli airport since 2018.", features) == set()


@pytest.mark.parametrize("text", [
    "Two Russian cargo vessels docked at Tartus on Sunday.",
    "سمحت الإدارة الجديدة لسفينة روسية بالرسو في ميناء طرطوس أمس.",
])
def test_a_ship_docking_at_the_port_is_activity_there(text, features):
    assert statuses(text, features) == {("tartus-naval-facility", "active")}


def test_a_present_cue_gives_way_to_a_leaving_one_of_the_same_sentence(features):
    text = ("A Russian freighter docked at Tartus this week, and analysts say an evacuation of "
            "the facility has begun.")
    assert statuses(text, features) == {("tartus-naval-facility", "withdrawing")}


@pytest.mark.parametrize("text, facility", [
    ("Pictures show cargo jets at Hmeimim, indicating a possible large-scale withdrawal.", "hmeimim-air-base"),
    ("Moscow is planning to ship its remaining tanks from Tartus to Libya.", "tartus-naval-facility"),
])
def test_hedged_and_prepared_departures_are_proposed_at_a_lowered_confidence(text, facility, features):
    assert statuses(text, features) == {(facility, "withdrawing")}
    assert confidence(text, features, facility, "withdrawing") < 0.7


def test_ships_at_a_port_ahead_of_its_withdrawal_do_not_make_it_reduced(features):
    # The ships came to take the force out: the port is being left, not only thinned.
    text = "Two Russian transport ships were at Tartus ahead of the withdrawal."
    assert statuses(text, features) == {("tartus-naval-facility", "withdrawing")}


def test_arabic_preparation_for_moving_out_is_withdrawing_and_hedged(features):
    text = "فككت القوات الروسية رادارا في قاعدة حميميم تمهيدا لشحنه إلى روسيا."
    assert ("hmeimim-air-base", "withdrawing") in statuses(text, features)
    text = "وتجمع القوات الروسية معداتها في قاعدة حميميم تمهيدا لنقلها."
    assert statuses(text, features) == {("hmeimim-air-base", "withdrawing")}
    assert confidence(text, features, "hmeimim-air-base", "withdrawing") < 0.7


def test_an_evacuation_ship_is_a_withdrawal(features):
    text = "Власти не пустили эвакуационное судно в порт Тартус."
    assert statuses(text, features, gazetteer=True) == {("tartus-naval-facility", "withdrawing")}
    assert statuses("An evacuation ship entered Tartus on Monday.", features) == {
        ("tartus-naval-facility", "withdrawing")}


def test_a_base_moved_to_while_the_force_leaves_the_country_is_withdrawing(features):
    text = ("Russia is evacuating its equipment from Syria. Long columns of trucks were "
            "transported to Hmeimim and to Tartus this week.")
    assert statuses(text, features) == {("hmeimim-air-base", "withdrawing"),
                                        ("tartus-naval-facility", "withdrawing")}
    text = ("Колонны техники стягиваются к Хмеймиму, а самолеты вывозят людей из Сирии.")
    assert ("hmeimim-air-base", "withdrawing") in statuses(text, features, gazetteer=True)


def test_a_base_moved_to_is_still_not_reinforced_when_nothing_leaves_the_country(features):
    # "Where a move goes" (README): without a word for leaving the country, nothing.
    assert statuses("Trucks were transported to Hmeimim on Monday.", features) == set()


def test_wanting_to_keep_a_base_gives_way_to_a_withdrawal(features):
    # "which the Kremlin hopes to keep" is no promise to stay: the gathering wins.
    text = ("Russia is withdrawing its troops from Syria: columns moved to Hmeimim, which the "
            "Kremlin hopes to keep.")
    assert statuses(text, features) == {("hmeimim-air-base", "withdrawing")}
    # Alone it still says the base is in use.
    assert statuses("The Russians want to stay at Hmeimim.", features) == {("hmeimim-air-base", "active")}


def test_a_kept_base_is_never_proposed_as_left(features):
    text = ("Russia is evacuating its equipment from Syria, moving it to Hmeimim, which Moscow "
            "will keep.")
    found = statuses(text, features)
    assert not any(status in ("withdrawn", "withdrawing") for place, status in found
                   if place == "hmeimim-air-base")


@pytest.mark.parametrize("text", [
    "Russia also has an air base near Latakia.",
    "وتملك روسيا قاعدة جوية كبيرة قرب مدينة اللاذقية.",
    "У России есть крупная авиабаза под Латакией.",
])
def test_an_air_base_called_by_its_town_is_the_stored_one_near_it(text, features):
    found = statuses(text, features, gazetteer=True)
    assert ("hmeimim-air-base", "active") in found
    assert all(place is not None for place, _ in found)  # Latakia the town is not proposed


def test_a_naval_base_in_the_town_of_an_air_base_is_not_it(features):
    found = statuses("Russia has a naval base in Latakia.", features, gazetteer=True)
    assert ("hmeimim-air-base", "active") not in found


def test_a_frequent_arabic_word_is_no_facility(features):
    # "خاصة" (special) spells h-s, as "Hasya" does; a stop word is never a loose name.
    from tests.intake.conftest import facility
    stored = features + [facility("hisyah", "Hisyah", ["Hasya", "حسياء"], 36.76, 34.41, kind="other")]
    text = "أفادت مصادر خاصة أن طائرة روسية هبطت في مطار القامشلي."
    assert statuses(text, stored) == {("qamishli-airport", "active")}


@pytest.mark.parametrize("text", [
    "Грузовые самолеты на авиабазе Хмеймим забирают людей и технику.",
    "Cargo planes at Hmeimim were taking personnel and equipment out.",
])
def test_planes_taking_people_away_from_a_base_are_a_withdrawal(text, features):
    assert ("hmeimim-air-base", "withdrawing") in statuses(text, features, gazetteer=True)


def test_a_plane_leaving_a_base_is_still_only_a_flight(features):
    assert statuses("A cargo plane departed Hmeimim for Libya on Sunday.", features) == set()


def test_a_kept_cue_of_another_clause_does_not_keep_a_place(features):
    # The kept cue is of the first clause: the airport is still proposed as left.
    text = "Moscow keeps its coastal bases, and its troops left Qamishli airport on Monday."
    assert ("qamishli-airport", "withdrawn") in statuses(text, features)
