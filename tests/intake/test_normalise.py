"""Folding within a script and keys across scripts."""

import pytest

from tracker.intake.names import core_key, soft
from tracker.intake.normalise import fold, name_key, tokens
from tracker.intake.transliterate import latin, skeleton


@pytest.mark.parametrize("spelling, key", [
    ("Al-Qamishli", ("qamishli",)),
    ("al-Qamishli", ("qamishli",)),
    ("القامشلي", ("قامشلي",)),
    ("والقامشلي", ("قامشلي",)),          # "and the": clitic and article off
    ("حُمَيْمِيم", ("حميميم",)),          # tashkeel
    ("حمـــيميم", ("حميميم",)),           # tatweel
    ("أعزاز", ("اعزاز",)),               # hamza on alef
    ("الحسكة", ("حسكه",)),               # ta marbuta
    ("Эль-Камышлы", ("камышлы",)),
    ("Ёлкино", ("елкино",)),
    ("Amûdê", ("amude",)),
    ("Kamışlı", ("kamisli",)),
    ("٢٠٢٦", ("2026",)),                 # Arabic-Indic digits
])
def test_name_key_folds_each_script(spelling, key):
    assert name_key(spelling) == key


def test_kind_words_are_not_part_of_the_key():
    assert core_key("Qamishli airport") == ("qamishli",)
    assert core_key("مطار القامشلي") == ("قامشلي",)
    assert core_key("авиабаза Хмеймим") == ("хмеимим",)
    assert core_key("Airport") == ("airport",)  # only kind words: kept whole


@pytest.mark.parametrize("spellings", [
    ["Qamishli", "القامشلي", "Камышлы", "Qamishlo", "Kamışlı"],
    ["Hmeimim", "حميميم", "Хмеймим", "Khmeimim", "Хмеймиме"],
    ["Tartus", "طرطوس", "Тартусе", "Tartous"],
    ["Manbij", "منبج", "Манбидже", "Menbij"],
    ["Hasakah", "الحسكة", "Хасеке"],
])
def test_spellings_of_one_place_share_a_skeleton(spellings):
    keys = set()
    for spelling in spellings:
        token = tokens(spelling)[0]
        keys.add(skeleton(latin(token.core, token.script)))
    assert len(keys) == 1, keys


def test_different_places_do_not_share_a_skeleton():
    def key(word):
        token = tokens(word)[0]
        return skeleton(latin(token.core, token.script))
    assert key("Tartus") != key("Qamishli") != key("Hmeimim")
    assert soft("treats") != soft("tartus")


def test_token_spans_slice_the_original_text():
    text = "Russian forces left al-Qamishli; القوات الرُّوسية انسحبت"
    for token in tokens(text):
        assert text[token.start:token.end] == token.text
    assert fold("ТАРТУС") == "тартус"
