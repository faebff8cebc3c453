"""Keys that let one name match across Latin, Arabic and Cyrillic spellings.

`latin` spells a folded word in Latin letters (Arabic without its unwritten short
vowels). `skeleton` reduces a Latin spelling to its consonants, with sounds that the
three scripts write differently merged (q/k, kh/h, sh/ch, w/v, dzh/j): "Qamishli",
"القامشلي" and "Камышлы" all give "kmsl", "Hmeimim", "حميميم" and "Хмеймим" "hmmm".
Dropping vowels also drops most Russian case endings ("Тартусе" -> "trts").
"""

import re
from functools import lru_cache

CYRILLIC = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
            "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
            "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
            "ш": "sh", "щ": "sh", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
            "і": "i", "ї": "yi", "є": "ye", "ґ": "g"}
# Long vowels and weak letters become vowels; ayn and hamza vanish, as in most
# published transliterations ("عين عيسى" -> "Ayn Issa", "عامودا" -> "Amuda").
ARABIC = {"ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d",
          "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t",
          "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m",
          "ن": "n", "ه": "h", "و": "u", "ي": "i", "ء": "", "پ": "p", "چ": "ch", "گ": "g",
          "ڤ": "v"}
DIGRAPHS = [("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("sh", "s"), ("ch", "s"),
            ("th", "t"), ("dh", "d"), ("gh", "g"), ("ts", "s"), ("ph", "f"), ("ck", "k")]
SINGLE = str.maketrans({"q": "k", "c": "k", "w": "v", "z": "s", "x": "ks", "'": "", "`": ""})
VOWELS = re.compile("[aeiouy]+")
REPEATS = re.compile(r"(.)\1+")
# A final "-ah"/"-eh" is a ta marbuta that Arabic spelling folds away ("Hisyah", "حسياء").
FINAL_H = re.compile(r"(?<=[aeiy])h$")


@lru_cache(maxsize=1 << 16)
def latin(word, word_script):
    """Spell an already folded word in Latin letters."""
    if word_script == "arabic":
        spelled = "".join(ARABIC.get(char, "") for char in word[:-1])
        return spelled + ("a" if word.endswith("ه") else ARABIC.get(word[-1:], ""))
    if word_script == "cyrillic":
        return "".join(CYRILLIC.get(char, char) for char in word)
    return word


@lru_cache(maxsize=1 << 16)
def skeleton(latin_word):
    """The consonant key of a Latin spelling."""
    key = FINAL_H.sub("", latin_word)
    for digraph, sound in DIGRAPHS:
        key = key.replace(digraph, sound)
    # Doubled letters merge before vowels go, so "Issa" is "s" but "Hmeimim" keeps "hmmm".
    return VOWELS.sub("", REPEATS.sub(r"\1", key.translate(SINGLE)))
