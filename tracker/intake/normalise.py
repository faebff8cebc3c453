"""Fold words so that spellings of one name compare equal within a script.

Arabic: tashkeel and tatweel dropped, hamza and alef forms to bare alef, alef maqsura
to ya, ta marbuta to ha; the article ال and the clitics before it (و ب ل ف ك) come
off. Latin and Cyrillic: case and diacritics folded, ё to е; prefixes such as al-,
el-, ad-, аль-, эль- come off. A word is compared by its core, so "al-Qamishli",
"Qamishli", "القامشلي" and "والقامشلي" each reduce to their script's one form.
"""

import re
import unicodedata
from functools import lru_cache

MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u0640"
LETTERS = f"(?:[^\\W_]|[{MARKS}])+"
WORD = re.compile(f"{LETTERS}(?:['’ʼ‘`]{LETTERS})*")
ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ي",
                             "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك", "ۀ": "ه"})
# Clitics that attach before the article: and, with/in, to/for, so, like.
ARABIC_CLITICS = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال")
ARABIC_SHORT_CLITICS = ("و", "ب", "ل", "ف")
# Article prefixes of transliterated names: dropped when joined by a hyphen
# ("al-Qamishli", "Эль-Камышлы"); the unambiguous ones also when they stand alone.
ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "ed", "er", "es",
            "et", "аль", "эль", "ал", "эл", "аш", "эш", "ар", "эр", "ад", "эд", "ас", "эс",
            "ат", "эт", "аз", "эз", "ан", "эн"}
STANDALONE_ARTICLES = {"al", "el", "аль", "эль"}
HYPHENS = "-‐‑–"


class Token:
    """One word of a text: its span, its script and the folded forms it may stand for."""

    __slots__ = ("text", "start", "end", "script", "forms")

    def __init__(self, text, start, end):
        self.text, self.start, self.end = text, start, end
        self.script = script(text)
        self.forms = cores(text)

    @property
    def core(self):
        """The barest folded form."""
        return self.forms[-1]

    def __repr__(self):
        return f"Token({self.text!r}, {self.start}, {self.end})"


def script(word):
    """Return "arabic", "cyrillic" or "latin" (the default) for a word's first letter."""
    for char in word:
        if "\u0600" <= char <= "\u06ff" or "\u0750" <= char <= "\u077f":
            return "arabic"
        if "\u0400" <= char <= "\u04ff":
            return "cyrillic"
        if char.isalpha():
            return "latin"
    return "latin"


DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@lru_cache(maxsize=1 << 16)
def fold(word):
    """Fold case, marks, digits and letter variants of one word, keeping its prefixes."""
    word = unicodedata.normalize("NFKC", word).casefold().translate(DIGITS)
    if script(word) == "arabic":
        return ARABIC_MARKS.sub("", word).translate(ARABIC_FOLD)
    word = word.replace("ё", "е").replace("ı", "i")
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


def arabic_cores(word):
    """The forms an Arabic word may stand for once its article and clitics come off."""
    forms = [word]
    for clitic in ARABIC_CLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= 2:
            forms.append(word[len(clitic):])
            break
    if len(forms) == 1 and word[:1] in ARABIC_SHORT_CLITICS and len(word) >= 5:
        forms.append(word[1:])
    return forms


@lru_cache(maxsize=1 << 16)
def cores(word):
    """Every folded form a word may stand for: itself, then without article or clitic.

    The first form is the word as folded; the last is its barest core.
    """
    folded = fold(word)
    return tuple(arabic_cores(folded)) if script(folded) == "arabic" else (folded,)


def is_article(text, match):
    """Whether a word is an article prefix to skip: "al" in "al-Qamishli", "Эль" alone."""
    word = fold(match.group())
    joined = match.end() < len(text) and text[match.end()] in HYPHENS
    return word in STANDALONE_ARTICLES or (joined and word in ARTICLES)


def tokens(text):
    """The words of `text` as Tokens, in order, article prefixes left out."""
    return [Token(m.group(), m.start(), m.end()) for m in WORD.finditer(text)
            if not is_article(text, m)]


def name_key(name):
    """The tuple of word cores a name is matched by ("Al-Qamishli" -> ("qamishli",))."""
    return tuple(token.core for token in tokens(name))
