"""A place named before and then called by its kind: "the airport", "المطار", "с базы".

Reports name a base once and then say "the base". A sentence that names no stored
facility itself may refer to one this way: a definite kind noun ("the airport", "the
base", "this facility"; المطار، القاعدة، المنشأة with the article; аэродром, аэропорт,
базу in the singular, "базы" only after a preposition that takes the genitive) is read
as a stored facility the report named before ("the site", الموقع, объект count as
"the base"), and only when that is unambiguous:
exactly one fitting place named so far (the headline included; for "the base", towns
count too), last named within the WINDOW sentences before or in the headline. Anything
else gives nothing: the pipeline does not guess.

"There" (هناك, там) stands for the stored facilities the sentence just before named,
all of them, when that sentence named up to three places and all are stored ("a lease
of both Hmeimim air base and the Tartous naval base ... The Russian presence is still
evident there"). Existential "there is", "هناك تقارير" at a sentence's start, are not places.
So do "the two bases", "both bases", "القاعدتين", "обе базы" when that sentence named
exactly two stored facilities ("... its naval base in Tartus and its air base at Khmeimim.
The two bases on Syria's Mediterranean coast are Moscow's only military outposts"), and
"Russian military bases", "القواعد الروسية", "российские военные базы" for the two or three
stored bases the report named within PLURAL_WINDOW sentences.
"""

import re

from tracker.intake.folded_lines import folded_line, word_at
from tracker.intake.mentions import Mention

WINDOW = 3
PLURAL_WINDOW = 5  # sentences back "the Russian bases" may reach (a report names them once, early)
AIRPORT, BASE, NAVAL = "airport", "base", "naval"
# Which stored kinds each class of noun may name; None: any kind.
FITS = {AIRPORT: {"airport", "air_base"}, NAVAL: {"naval_base"}, BASE: None}
EN_NOUNS = {"airport": AIRPORT, "airfield": AIRPORT, "airbase": AIRPORT, "base": BASE,
            "facility": BASE, "site": BASE, "port": NAVAL, "harbour": NAVAL, "harbor": NAVAL}
EN_DETERMINERS = {"the", "this", "that"}
EN_MODIFIERS = {"russian", "russia's", "military", "main", "former", "same", "air", "naval"}
# A noun followed by these names another place ("the base in Latakia", "the airport of ...").
EN_NAMING_NEXT = {"of", "in", "at", "near", "next", "outside", "on", "called", "named", "which"}
AR_NOUNS = {"مطار": AIRPORT, "قاعده": BASE, "منشاه": BASE, "موقع": BASE, "ميناء": NAVAL}
AR_ARTICLES = ("ال", "وال", "بال", "فال", "كال", "لل")
RU_NOUNS = {**dict.fromkeys(("аэродром", "аэродрома", "аэродроме", "аэродрому", "аэропорт",
                             "аэропорта", "аэропорту", "аэропорте", "авиабаза", "авиабазу",
                             "авиабазе", "авиабазои"), AIRPORT),
            **dict.fromkeys(("база", "базу", "базе", "базои"), BASE),
            **dict.fromkeys(("порт", "порту", "порте"), NAVAL),
            **dict.fromkeys(("объект", "объекте"), BASE)}
RU_GENITIVE = {"базы": BASE, "авиабазы": AIRPORT, "порта": NAVAL, "объекта": BASE}  # singular only after these:
RU_GENITIVE_PREPOSITIONS = {"с", "со", "из", "от", "до", "у", "около", "близ", "возле", "для"}
SHARPENING = {"air": AIRPORT, "جويه": AIRPORT, "naval": NAVAL, "بحريه": NAVAL}
THERE = {"there", "هناك", "там"}
# "there is", "there were": existential, not a place; so is "هناك" after these.
EXISTENTIAL_NEXT = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "may",
                    "might", "could", "seems", "seem", "appears", "appear", "remains", "remain"}
EXISTENTIAL_BEFORE = {"ان", "انه", "ليس", "كان", "كانت", "يكون", "تكون"}
MAX_THERE = 3
# "The two bases", "both bases", "these two facilities"; "القاعدتين", "القاعدتان", "هاتين
# القاعدتين"; "обе базы", "этих двух баз" (folded cores): a pair named just before.
PAIR_EN = {"two", "both"}
PAIR_EN_BEFORE = {"the", "these", "those", "its", "their", "both"}
PAIR_EN_NOUNS = {"bases", "facilities", "sites", "installations", "outposts"}
PAIR_AR = {"قاعدتين", "قاعدتان", "منشاتين", "منشاتان"}
PAIR_RU = {"обе", "обеих", "двух", "две", "эти", "этих"}
PAIR_RU_NOUNS = {"базы", "баз", "базах", "базами", "объекта", "объектов"}


class Reference(Mention):
    """A kind noun that stands for a place named before; `antecedent` says where."""

    __slots__ = ("antecedent",)

    def __init__(self, place, word, start, end, text, antecedent):
        super().__init__([place], word, word, start, end, text)
        self.antecedent = antecedent


class Antecedents:
    """The places a report has named so far, and in which sentence (None: the headline)."""

    def __init__(self, kinds):
        self.kinds, self.named = kinds, {}

    def note(self, mentions, number):
        for mention in mentions:
            if not isinstance(mention, Reference):
                self.named[mention.place.key] = (mention.place, number)

    def just_before(self, number):
        """The places named in the sentence before `number`, if all are stored and few."""
        places = [place for place, at in self.named.values() if at is not None and at == number - 1]
        return places if 0 < len(places) <= MAX_THERE and all(p.facility for p in places) else []

    def recent_bases(self, number):
        """[(place, when named)] of every stored base the report named within PLURAL_WINDOW
        sentences before `number`, the headline apart."""
        return [(place, at) for place, at in self.named.values()
                if place.facility and at is not None and 0 < number - at <= PLURAL_WINDOW
                and self.kinds.get(place.facility) in BASE_KINDS]

    def resolve(self, noun_class, number):
        """The one place a noun of this class may stand for, with when it was named; or None."""
        fits = FITS[noun_class]
        fitting = [(place, at) for place, at in self.named.values()
                   if (place.facility is None and noun_class == BASE)
                   or (place.facility and (fits is None or self.kinds.get(place.facility) in fits))]
        if len(fitting) != 1:
            return None
        place, at = fitting[0]
        recent = at is None or number - at <= WINDOW
        return (place, at) if place.facility and recent else None


def _english(words, i):
    """(class, first word of the phrase) if words[i] ends "the (air) base", else None."""
    noun = EN_NOUNS.get(words[i].core)
    if noun is None or (i + 1 < len(words) and words[i + 1].core in EN_NAMING_NEXT):
        return None
    j = i - 1
    while j >= 0 and i - j <= 3 and words[j].core in EN_MODIFIERS:
        noun = SHARPENING.get(words[j].core, noun) if noun == BASE else noun
        j -= 1
    return (noun, j) if j >= 0 and words[j].core in EN_DETERMINERS else None


def _arabic(words, i):
    token = words[i]
    noun = AR_NOUNS.get(token.core)
    article = token.forms[0][:len(token.forms[0]) - len(token.core)]
    if noun is None or article not in AR_ARTICLES or (i and words[i - 1].core == "تنظيم"):
        return None  # "تنظيم القاعدة" is al-Qaeda
    if noun == BASE and i + 1 < len(words):
        noun = SHARPENING.get(words[i + 1].core, noun)
    return noun, i


def _russian(words, i):
    core = words[i].core
    noun = RU_NOUNS.get(core)
    if noun is None and core in RU_GENITIVE and i and words[i - 1].core in RU_GENITIVE_PREPOSITIONS:
        noun = RU_GENITIVE[core]
    if noun is None or (i + 1 < len(words) and words[i + 1].text[:1].isupper()):
        return None
    return noun, i


def _kind_noun(words, i):
    reader = {"latin": _english, "arabic": _arabic, "cyrillic": _russian}[words[i].script]
    return reader(words, i)


def _where(at, number):
    if at is None:
        return "in the headline"
    back = number - at
    return "in the previous sentence" if back == 1 else f"{back} sentences before"


def _there(words, i):
    """Whether words[i] is a locative "there" (هناك, там)."""
    if words[i].core not in THERE or i == 0:
        return False
    following = words[i + 1].core if i + 1 < len(words) else ""
    return following not in EXISTENTIAL_NEXT and words[i - 1].core not in EXISTENTIAL_BEFORE


def _there_references(words, i, antecedents, number, text, offset):
    start, end = offset + words[i].start, offset + words[i].end
    return [Reference(place, i, start, end, text[start:end], f"{place.label}, named in the previous sentence")
            for place in antecedents.just_before(number)]


def _pair(words, i):
    """(first, last) word of a phrase at words[i] that names two bases as a pair, or None."""
    core = words[i].core
    nxt = words[i + 1].core if i + 1 < len(words) else ""
    determined = i and words[i - 1].core in PAIR_EN_BEFORE
    if words[i].script == "latin" and core in PAIR_EN and (determined or core == "both"):
        j = i + 1  # "both" needs no determiner: "Both bases are ..."
        while j < len(words) and j - i <= 3 and words[j].core not in PAIR_EN_NOUNS:
            j += 1
        first = i - 1 if determined else i
        return (first, j) if j < len(words) and words[j].core in PAIR_EN_NOUNS else None
    if words[i].script == "arabic" and core in PAIR_AR and words[i].forms[0] != core:
        return i, i  # with the article: "القاعدتين", "للقاعدتين"
    if words[i].script == "cyrillic" and core in PAIR_RU and nxt in PAIR_RU_NOUNS:
        return i, i + 1
    return None


# "Russian military bases", "the Russian bases", "القواعد الروسية", "российских военных баз"
# (folded: "россииских"): the bases the report named within PLURAL_WINDOW sentences, two or
# three of them.
PLURAL_EN = re.compile(r"(?<!\w)(?:the |these |those )?russian (?:military |air |naval )?bases(?!\w)")
PLURAL_AR = re.compile(r"(?<!\w)(?:ال)?قواعد (?:ال)?(?:عسكريه )?(?:ال)?روسيه(?!\w)")
PLURAL_RU = re.compile(r"(?<!\w)(?:россииск\w+ (?:военн\w+ )?(?:баз|базы|базах|базами)|(?:эти|этих) базы)(?!\w)")
BASE_KINDS = {"air_base", "naval_base", "airport", "army_base"}


def _plural(words):
    """(first, last) word of "Russian military bases" and its Arabic and Russian forms, or None."""
    line, starts = folded_line(words)
    for pattern in (PLURAL_EN, PLURAL_AR, PLURAL_RU):
        match = pattern.search(line)
        if match:
            return word_at(starts, match.start()), word_at(starts, match.end() - 1)
    return None


def _group_references(words, antecedents, number, text, offset):
    """References for "the two bases" (the pair the sentence before named) or "the Russian
    bases" (the two or three stored bases named within PLURAL_WINDOW sentences)."""
    pair = antecedents.just_before(number)
    if len(pair) == 2:
        span = next((found for i in range(len(words)) if (found := _pair(words, i))), None)
        named = [(place, number - 1) for place in pair]
    else:
        named = antecedents.recent_bases(number)
        span = _plural(words) if 2 <= len(named) <= MAX_THERE else None
    if span is None:
        return []
    start, end = offset + words[span[0]].start, offset + words[span[1]].end
    return [Reference(place, span[1], start, end, text[start:end], f"{place.label}, named {_where(at, number)}")
            for place, at in named]


def references(words, mentions, antecedents, number, text, offset):
    """The References of a sentence that names no stored facility itself."""
    if any(m.is_stored for m in mentions):
        return []
    taken = {i for m in mentions for i in range(m.first - 3, m.last + 4)}
    found = []
    for i in range(len(words)):
        if _there(words, i) and not any(m.last < i for m in mentions):
            # "сбежали с базы в городе Хан-Шейхун, оставив там ...": "there" is the place
            # the sentence named before it, town or not, not the last stored one.
            found.extend(_there_references(words, i, antecedents, number, text, offset))
            break
    if not found:
        found.extend(_group_references(words, antecedents, number, text, offset))
    for i in range(len(words)):
        read = None if i in taken else _kind_noun(words, i)
        resolved = read and antecedents.resolve(read[0], number)
        if resolved:
            place, at = resolved
            start, end = offset + words[read[1]].start, offset + words[i].end
            found.append(Reference(place, i, start, end, text[start:end],
                                   f"{place.label}, named {_where(at, number)}"))
    return found
