"""Places neither stored nor in GeoNames, placed at the town a report says they are near."""

import pytest

from tracker.intake import extract

RAQQA = 172955


def new_places(text, features, published="2024-12-25"):
    result = extract({"text": text, "published": published}, features)
    return [(p["new_facility"]["name"], p["new_facility"]["location_precision"],
             p["new_facility"]["gazetteer"].get("near", {}).get("geonameid"), p["status"])
            for p in result["proposals"] if p["new_facility"]], result


@pytest.mark.parametrize("text, name", [
    ("Russian forces were leaving bases in Ain Issa and Tel Al-Samn near the northern city of "
     "Raqqa.", "Tel Al-Samn"),
    ("انسحبت القوات الروسية من قاعدتها في تل السمن بريف الرقة.", "Tl Smn"),
    ("Российские военные покинули базу в Тель-Самен под Раккой.", "Tel Samen"),
    ("Российские военные покинули базу в Тель-Самене близ Ракки.", "Tel Samene"),
])
def test_an_unlisted_place_is_proposed_near_its_landmark(text, name, features):
    found, result = new_places(text, features)
    assert (name, "region", RAQQA) in [f[:3] for f in found]
    # The landmark itself is only where the place is, not a place the force left.
    assert not [f for f in found if f[1] == "town"]
    (proposal,) = [p for p in result["proposals"] if p["new_facility"] and p["new_facility"]["name"] == name]
    assert proposal["new_facility"]["geometry"]["type"] == "Point"
    start, end = proposal["mention_span"]
    assert text[start:end] == proposal["mention"]


@pytest.mark.parametrize("text", [
    "Russian forces were leaving a base at Tel Al-Samn, the Observatory said.",   # no landmark
    "The talks near Raqqa were held at Tel Al-Samn.",                            # no leaving cue
    "Российские военные покинули базу в Тель-Самене.",
])
def test_without_a_landmark_or_a_leaving_cue_nothing_is_proposed(text, features):
    found, _ = new_places(text, features)
    assert not [f for f in found if f[1] == "region"]
