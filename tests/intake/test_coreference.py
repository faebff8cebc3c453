""""The airport", "المطار", "с базы": a place named before, called by its kind."""

import pytest

from tracker.intake import extract

EARLIER = "Journalists visited one base next to the Qamishli airport on Tuesday.\n\n"


def proposals(text, features, **fields):
    result = extract(dict({"text": text, "published": "2026-01-27"}, **fields), features,
                     gazetteer=False)
    return [(p["facility"], p["status"], p["mention"]) for p in result["proposals"]], result


@pytest.mark.parametrize("text, mention", [
    (EARLIER + "A fighter said the Russian forces began evacuating their positions around the "
               "airport five or six days ago.", "the airport"),
    ("Russian forces reinforced Qamishli airport in December.\nRussian officers said on Monday "
     "that Russia is withdrawing its troops from the base.", "the base"),
    ("وصلت القوات الروسية إلى مطار القامشلي قبل سنوات.\nوقال مصدر إن القوات الروسية بدأت "
     "بالانسحاب من المطار.", "المطار"),
    ("Российские военные прибыли на аэродром Камышлы в 2019 году.\nТеперь Россия начала "
     "вывод войск с базы.", "базы"),
])
def test_the_one_place_named_before_is_meant(text, mention, features):
    found, result = proposals(text, features)
    assert ("qamishli-airport", "withdrawing", mention) in found
    (proposal,) = [p for p in result["proposals"] if p["mention"] == mention]
    assert "is Qamishli airport, named in the previous sentence" in proposal["reason"]
    start, end = proposal["mention_span"]
    assert text[start:end] == mention


def test_the_headline_names_it_too(features):
    found, _ = proposals("Russian forces have begun withdrawing from the airport.", features,
                         title="Russia leaves Qamishli airport")
    assert found == [("qamishli-airport", "withdrawing", "the airport")]


@pytest.mark.parametrize("text", [
    # Two fitting places named before: which base is meant is not said.
    "Russia flew equipment from Qamishli airport to Hmeimim air base.\nRussian forces have "
    "begun withdrawing from the base.",
    # Named too long ago.
    "Russian forces came to Qamishli airport in 2019. It was quiet. Few flights came. "
    "Talks went on. Russian forces have begun withdrawing from the airport.",
    # Nothing named before.
    "Russian forces have begun withdrawing from the airport.",
    # Plural: not one place.
    EARLIER + "Russian forces have begun withdrawing from the bases.",
    # "the base in ..." names a place of its own.
    EARLIER + "Russian forces have begun withdrawing from the base in the south.",
    # An airport is not the naval facility.
    "Russian ships stayed at Tartus naval facility.\nRussian forces have begun withdrawing "
    "from the airport.",
    # "تنظيم القاعدة" is al-Qaeda, not a base.
    "وصلت القوات الروسية إلى مطار القامشلي.\nوانسحب تنظيم القاعدة من المنطقة.",
])
def test_nothing_is_guessed(text, features):
    found, _ = proposals(text, features)
    assert not [p for p in found if p[2] in ("the airport", "the base", "the bases", "القاعدة")]


def test_a_sentence_that_names_a_facility_is_read_as_it_says(features):
    found, _ = proposals(EARLIER + "Russian forces withdrew from Amuda, not from the airport.",
                         features)
    assert [p for p in found if p[0] == "amuda"] and not [p for p in found if p[2] == "the airport"]


@pytest.mark.parametrize("text, there", [
    ("A delegation visited both Hmeimim air base and the Tartous naval base.\nThe Russian presence is "
     "still evident there after Assad's fall.", "there"),
    ("زار وفد قاعدة حميميم وقاعدة طرطوس.\nولا يزال الوجود الروسي قائما هناك.", "هناك"),
    ("Делегация посетила авиабазу Хмеймим и базу в Тартусе.\nРоссийские военные там по-прежнему "
     "присутствуют.", "там"),
])
def test_there_is_every_place_the_sentence_before_named(text, there, features):
    found, result = proposals(text, features, published="2024-12-16")
    assert sorted(found) == [("hmeimim-air-base", "active", there),
                             ("tartus-naval-facility", "active", there)]
    assert all("named in the previous sentence" in p["reason"] for p in result["proposals"])


@pytest.mark.parametrize("text", [
    "A delegation visited Hmeimim air base.\nThere is still a Russian presence, officials said.",
    "A delegation visited Hmeimim air base.\nOfficials met.\nThe Russian presence is still evident there.",
    "زار وفد قاعدة حميميم.\nهناك وجود روسي لا يزال قائما.",
])
def test_there_is_existential_or_too_far_gives_nothing(text, features):
    found, _ = proposals(text, features, published="2024-12-16")
    assert found == []


@pytest.mark.parametrize("text, port", [
    ("Russian ships were moored at Tartus.\nThe ships have left the port, images show.", "the port"),
    ("رست السفن الروسية في طرطوس.\nوغادرت السفن الميناء اليوم.", "الميناء"),
    ("Российские корабли стояли в Тартусе.\n9 декабря эти корабли покинули порт.", "порт"),
])
def test_the_port_is_the_naval_base_named_before(text, port, features):
    found, _ = proposals(text, features, published="2024-12-10")
    assert ("tartus-naval-facility", "reduced", port) in found


@pytest.mark.parametrize("text, site", [
    ("Russian forces were at Qamishli airport for years.\nSyrian forces entered the site after "
     "Russian units withdrew.", "the site"),
    ("تمركزت القوات الروسية في مطار القامشلي لسنوات.\nوانسحبت القوات الروسية من الموقع.", "الموقع"),
    ("Российские военные находились на аэродроме Камышлы.\nТеперь они ушли с объекта.", "объекта"),
])
def test_the_site_is_the_place_named_before(text, site, features):
    found, _ = proposals(text, features)
    assert ("qamishli-airport", "withdrawn", site) in found


@pytest.mark.parametrize("text", [
    "A checkpoint was set up near the gate of Hmeimim air base, which Russia uses as its base.",
    "أقيم حاجز عسكري قرب بوابة مطار حميميم العسكري، الذي تتخذه روسيا قاعدة لها.",
    "Пост установлен близ Хмеймима, который Россия использует как свою базу.",
])
def test_a_relative_clause_speaks_of_the_landmark_before_it(text, features):
    found, _ = proposals(text, features, published="2024-12-28")
    assert [(f, s) for f, s, _ in found] == [("hmeimim-air-base", "active")]
