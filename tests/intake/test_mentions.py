"""Places a sentence names: stored names and aliases, unseen spellings, towns."""

import pytest

from tracker.intake.gazetteer import towns
from tracker.intake.mentions import find_mentions
from tracker.intake.names import build_index
from tracker.intake.normalise import tokens


@pytest.fixture(scope="module")
def syria():
    return towns(("SY",))


def named(text, index):
    return [(m.text, m.place.facility or m.place.town.name) for m in
            find_mentions(tokens(text), index, text)]


@pytest.mark.parametrize("text, mention, facility", [
    ("withdrew from Qamishli airport", "Qamishli airport", "qamishli-airport"),
    ("withdrew from al-Qamishli", "al-Qamishli", "qamishli-airport"),
    ("بدأت القوات الروسية بالانسحاب من مطار قامشلو", "مطار قامشلو", "qamishli-airport"),
    ("انسحبت من القامشلي", "القامشلي", "qamishli-airport"),
    ("с аэродрома Эль-Камышлы", "аэродрома Эль-Камышлы", "qamishli-airport"),   # no alias has it
    ("на авиабазу Хмеймим", "авиабазу Хмеймим", "hmeimim-air-base"),
    ("в Хмеймиме", "Хмеймиме", "hmeimim-air-base"),                             # case ending
    ("إلى قاعدة حميميم", "قاعدة حميميم", "hmeimim-air-base"),
    ("Kamışlı havalimanı", "Kamışlı", "qamishli-airport"),
    ("в Тартусе", "Тартусе", "tartus-naval-facility"),
    ("في بلدة عامودا", "بلدة عامودا", "amuda"),
])
def test_stored_places_across_scripts(text, mention, facility, features):
    assert named(text, build_index(features)) == [(mention, facility)]


def test_a_town_name_alone_is_not_an_alias_of_a_facility(features, syria):
    index = build_index(features, syria)
    # "Latakia Air Base" is an alias of Hmeimim; "Latakia" alone is the town.
    assert named("relocating to Latakia", index) == [("Latakia", "Latakia")]
    assert named("at Latakia Air Base", index) == [("Latakia Air Base", "hmeimim-air-base")]


def test_towns_that_are_not_stored(features, syria):
    index = build_index(features, syria)
    found = dict(named("Russian troops left bases in Manbij and Kobani", index))
    assert set(found) == {"Manbij", "Kobani"}
    assert found["Kobani"] == "‘Ayn al ‘Arab"
    assert dict(named("покинули базы в Манбидже", index)) == {"Манбидже": "Manbij"}
    assert dict(named("من مدينة منبج", index)) == {"مدينة منبج": "Manbij"}


def test_common_words_and_peoples_are_not_towns(features, syria):
    index = build_index(features, syria)
    assert named("Four Syrian officials said the area was made safe.", index) == []
    assert named("يتم نقل الجنود قبل ظهر اليوم", index) == []
    assert named("Russian forces", index) == []


@pytest.mark.parametrize("text, town", [
    ("близ Ракки", "Ar Raqqah"),
    ("под Раккой", "Ar Raqqah"),
])
def test_a_russian_case_ending_still_finds_the_town(text, town, syria):
    index = build_index([], syria)
    assert [place for _, place in named(text, index)] == [town]


@pytest.mark.parametrize("text, mention", [
    ("sheltering at the Hmeimin air base", "Hmeimin air base"),
    ("на авиабазе Хмеймин", "авиабазе Хмеймин"),
])
def test_a_name_one_consonant_off_is_the_stored_facility_beside_a_kind_word(text, mention, features):
    assert named(text, build_index(features)) == [(mention, "hmeimim-air-base")]


@pytest.mark.parametrize("text", [
    "sheltering at Hmeimin",              # no kind word: a near miss alone is not taken
    "Troops left the base",               # Tartus is one consonant off, the spelling is not
    "the port of Tarsus in Turkey",       # no kind word touches it
])
def test_near_misses_not_taken(text, features):
    assert [m.place.facility for m in find_mentions(tokens(text), build_index(features), text)] == []
