"""The part a place plays in its sentence: where forces leave, go, are, or a landmark."""

import pytest

from tracker.intake import extract
from tracker.intake.place_roles import role
from tracker.intake.mentions import find_mentions
from tracker.intake.names import build_index
from tracker.intake.normalise import tokens


def part_of(text, features):
    words = tokens(text)
    (mention,) = find_mentions(words, build_index(features), text)
    return role(words, mention, text, 0)[0]


@pytest.mark.parametrize("text, part", [
    ("Russian forces withdrew from Qamishli airport.", "source"),
    ("Equipment was flown to Hmeimim air base.", "destination"),
    ("Russian forces are at Tartus.", "place"),
    ("Clashes broke out near Qamishli airport.", "reference"),
    ("Clashes broke out around Qamishli airport.", "reference"),
    # A force's positions around a place are the place's.
    ("Russian forces began evacuating their positions around Qamishli airport.", "place"),
    ("أخلت القوات الروسية مواقعها في محيط مطار القامشلي", "place"),
    ("Российские военные оставили позиции вокруг аэродрома Камышлы.", "place"),
])
def test_the_part_a_place_plays(text, part, features):
    assert part_of(text, features) == part


def test_a_base_next_to_a_town_in_russian_is_that_place(features):
    text = "Российские военные начали выход с военно-воздушной базы рядом с городом Камышлы."
    result = extract({"text": text, "published": "2026-01-27"}, features, gazetteer=False)
    assert [(p["facility"], p["status"]) for p in result["proposals"]] == [
        ("qamishli-airport", "withdrawing")]
