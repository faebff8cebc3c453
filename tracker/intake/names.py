"""The index of names a report may use for a place: stored facilities and towns.

A name is indexed by the cores of its words (`tracker.intake.normalise`), with the
words that say what kind of place it is ("airport", "مطار", "авиабаза") dropped too,
so "Qamishli airport" is found as "Qamishli" and "مطار القامشلي" as "القامشلي". For
spellings no one typed in, every name also goes in under its consonant skeleton
(`tracker.intake.transliterate`), checked against a softer spelling before it counts.
"""

import re
from collections import defaultdict
from functools import lru_cache

import justext
from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

from tracker.intake.normalise import name_key, script
from tracker.intake.transliterate import DIGRAPHS, FINAL_H, REPEATS, SINGLE, latin, skeleton

# Words that name the kind of place, not the place (folded cores).
GENERIC = {
    "airport", "air", "base", "airbase", "airfield", "naval", "facility", "port", "military",
    "international", "outpost", "point", "station", "town", "city", "village",
    "مطار", "قاعده", "جويه", "بحريه", "عسكريه", "منشاه", "ميناء", "مدينه", "بلده", "دولي",
    "аэропорт", "аэропорта", "аэропорту", "аэродром", "аэродрома", "аэродроме", "авиабаза",
    "авиабазы", "авиабазу", "авиабазе", "база", "базы", "базу", "базе", "военная", "военно", "морская", "пункт", "пмто", "город",
}
MAX_WORDS = 4
SCRIPTS = ("latin", "arabic", "cyrillic")
# A skeleton this short matches by chance unless the softer spelling is all but equal.
SHORT_SKELETON = 3
SOFT_MIN = {True: 90, False: 75}  # short skeleton?
TOWN_SOFT_MIN = 85
# A stored facility's name misspelt by one consonant ("Hmeimin" for Hmeimim): skeletons
# this long, one edit apart, starting alike, with softer spellings this close.
FUZZY_SKELETON = 4
FUZZY_EDITS = 1
FUZZY_SOFT_MIN = 80
ARABIC_EDITS = 2  # letters an Arabic spelling may be off a stored Arabic name, loosely matched
SOFT_VOWELS = re.compile("[aeiouy]+")


@lru_cache(maxsize=1 << 16)
def soft(latin_word):
    """A Latin spelling with sounds merged and every vowel run written "a"."""
    word = FINAL_H.sub("", latin_word)
    for digraph, sound in DIGRAPHS:
        word = word.replace(digraph, sound)
    return SOFT_VOWELS.sub("a", REPEATS.sub(r"\1", word.translate(SINGLE)))


# The operator's own name is never a place, whatever a gazetteer's spellings hold.
OPERATOR_WORDS = {"russia", "russian", "russians", "روسيا", "روسي", "روسيه", "الروس", "روس",
                  "россия", "россии", "российские", "российских", "российский", "рф"}
# Countries and peoples of the region read as towns by the loose match: never places either,
# but not the operator ("a handover from the Syrian General Authority" is not Russia's).
REGION_WORDS = {"syria", "syrian", "syrians", "turkey", "turkish", "american", "iranian",
                "kurdish", "israeli", "سوريا", "سوريه", "سوري", "السوريه", "سورية", "сирия",
                "сирии", "сирию", "сирийские", "сирийских", "сирийский"}


@lru_cache(maxsize=1)
def common_words():
    """Frequent words of English, Arabic and Russian (jusText's stop lists), folded."""
    from tracker.intake.normalise import fold
    found = {fold(word) for word in OPERATOR_WORDS | REGION_WORDS}
    for language in ("English", "Arabic", "Russian"):
        found.update(fold(word) for word in justext.get_stoplist(language))
    return frozenset(found)


# Arabic words that begin place names are also frequent words ("عين" eye, "تل" hill, "دير"
# monastery, "راس" head): as the first word of a name with a word after it that is not
# common ("عين العرب", "تل أبيض", "دير الزور"), they do not make the name common.
NAME_PREFIXES = {"عين", "تل", "راس", "دير", "جبل", "بير", "بئر", "خربه", "ام"}


def has_common(cores):
    """Whether a name's (or a run's) word cores hold a common word, a first-word name prefix
    before uncommon words apart."""
    stop = common_words()
    if len(cores) > 1 and cores[0] in NAME_PREFIXES and not any(c in stop for c in cores[1:]):
        return False
    return any(c in stop for c in cores)


def core_key(name):
    """The key a name is matched by: its word cores without kind words (or all, if only those)."""
    key = name_key(name)
    specific = tuple(word for word in key if word not in GENERIC)
    return specific or key


class Place:
    """What a name points to: a stored facility (`facility` set) or a town (`town` set)."""

    __slots__ = ("facility", "town", "label")

    def __init__(self, label, facility=None, town=None):
        self.label, self.facility, self.town = label, facility, town

    @property
    def key(self):
        return ("facility", self.facility) if self.facility else ("town", self.town.geonameid)


class NameIndex:
    """Names to places, exact by word cores and loose by consonant skeleton."""

    def __init__(self, fuzzy=False):
        self.exact = defaultdict(dict)      # key tuple -> {place key: Place}
        self.loose = defaultdict(list)      # skeleton -> [(soft spelling, words, Place)]
        self.first_bones = set()            # the skeletons of names' first words
        self.first_words = set()            # the cores of names' first words
        self.fuzzy = fuzzy                  # also one consonant off (stored facilities only)
        self.spellings = []                 # (skeleton, soft spelling, words, Place, script)
        self.arabic_names = defaultdict(set)  # place key -> its Arabic names' first specific words

    def add(self, name, place, shortened=True):
        """Index one name of a place; `shortened` also indexes it without its kind words."""
        full = name_key(name)
        key = core_key(name) if shortened else full
        if not key or len(key) > MAX_WORDS:
            return
        self.exact[full].setdefault(place.key, place)
        self.exact[key].setdefault(place.key, place)
        self.first_words.update((full[0], key[0]))
        specific = next((word for word in key if word not in GENERIC), key[0])  # "مطار القامشلي"
        if script(specific) == "arabic":
            self.arabic_names[place.key].add(specific)
        spelled = [latin(word, script(word)) for word in key]
        bones = " ".join(skeleton(word) for word in spelled)
        short = len(bones.replace(" ", "")) < SHORT_SKELETON
        if bones.replace(" ", "") and not (short and place.town is not None):
            self.first_bones.add(bones.split(" ")[0])
            softened = " ".join(soft(w) for w in spelled)
            self.loose[bones].append((softened, len(key), place))
            if self.fuzzy:
                self.spellings.append((bones, softened, len(key), place, script(key[0])))

    def may_start(self, token):
        """Whether a name may begin with this Token (a cheap test before any lookup)."""
        bones = skeleton(latin(token.core, token.script))
        return (any(form in self.first_words for form in token.forms)
                or bones in self.first_bones
                or (token.script == "cyrillic"
                    and any(form in self.first_words for form in _nominatives(token.core)))
                or (self.fuzzy and any(_one_off(bones, first) for first in self.first_bones)))

    def lookup(self, words):
        """The places a run of Tokens names, exactly or by skeleton: {place key: Place}."""
        found = {}
        for key in _keys(words):
            found.update(self.exact.get(key, {}))
        if not any(place.facility for place in found.values()):
            found.update(self._loose(words, found))
        return found

    def near_miss(self, words):
        """Stored facilities whose name the run spells one consonant off ("Hmeimin"): a
        capitalised Latin or Cyrillic run, compared with Latin and Cyrillic names only (an
        Arabic spelling has no vowels to tell "troops" from طرطوس), never a frequent word."""
        written = words[0].script
        if (written == "arabic" or any(t.script != written or not t.text[:1].isupper() for t in words)
                or any(t.core in common_words() for t in words)):
            return {}
        spelled = [latin(t.core, t.script) for t in words]
        bones = " ".join(skeleton(word) for word in spelled)
        spelling = " ".join(soft(word) for word in spelled)
        return {place.key: place for other, soft_form, count, place, name_script in self.spellings
                if name_script != "arabic" and count == len(words) and _one_off(bones, other)
                and ratio(spelling, soft_form) >= FUZZY_SOFT_MIN}

    def _loose(self, words, exact):
        if skeleton(latin(words[0].core, words[0].script)) not in self.first_bones:
            return {}
        if any(t.script in ("latin", "cyrillic") and not t.text[:1].isupper() for t in words):
            # Latin and Cyrillic names are capitalised: "authorities" (t-r-t-s) is not Tartus,
            # "хочу" (want) is not Hisyah.
            return {}
        if any(t.core in common_words() for t in words):
            return {}  # a frequent word ("خاصة", special: h-s) is no name, whatever it spells
        spelled = [latin(t.core, t.script) for t in words]
        bones = [skeleton(word) for word in spelled]
        spelling = " ".join(soft(word) for word in spelled)
        found = {}
        for candidate in _endings(words, bones):
            short = len(candidate.replace(" ", "")) < SHORT_SKELETON
            for soft_form, count, place in self.loose.get(candidate, ()):
                if exact and place.town is not None:
                    continue
                if not self._spelt_near_arabic(words, place):
                    continue
                least = SOFT_MIN[short] if place.facility else TOWN_SOFT_MIN
                if count == len(words) and ratio(spelling, soft_form) >= least:
                    found.setdefault(place.key, place)
        return found

    def _spelt_near_arabic(self, words, place):
        """An Arabic run loosely matches a place with an Arabic name only if it spells that
        name within ARABIC_EDITS letters: the Latin skeleton merges خ and ح, ش and س, so
        "خشية" (fearing) spells Hisyah's "hsy", three letters off its Arabic name حسياء,
        where خميميم, a common rendering of Хмеймим, is one off حميميم."""
        names = self.arabic_names.get(place.key)
        first = next((t for t in words if t.core not in GENERIC), words[0])
        return first.script != "arabic" or not names or any(
            Levenshtein.distance(first.core, name, score_cutoff=ARABIC_EDITS) <= ARABIC_EDITS
            for name in names)


def _one_off(bones, other):
    """Two skeletons long enough not to meet by chance, alike at the start, one edit apart."""
    return (min(len(bones), len(other)) >= FUZZY_SKELETON and bones[:1] == other[:1]
            and 0 < Levenshtein.distance(bones, other, score_cutoff=FUZZY_EDITS) <= FUZZY_EDITS)


def _keys(words):
    """Every key a run of Tokens may stand for (each word with or without its clitic, and a
    Cyrillic word also in the nominative its case ending may hide)."""
    keys = [()]
    for token in words:
        forms = token.forms[::-1] + (_nominatives(token.core) if token.script == "cyrillic" else ())
        keys = [key + (form,) for key in keys for form in dict.fromkeys(forms)]
    return keys


# Case endings of Russian place names and the nominatives they may come from: "близ
# Ракки", "под Раккой", "в Манбидже" -> Ракка, Манбидж.
CASE_ENDINGS = (("ои", ("а", "я")), ("еи", ("а", "я")), ("ою", ("а", "я")), ("ом", ("",)),
                ("ем", ("", "ь")), ("и", ("а", "я", "ь")), ("ы", ("а",)), ("е", ("", "а", "я", "ь")),
                ("у", ("", "а")), ("ю", ("я", "ь")), ("а", ("",)))
MIN_INFLECTED = 5


@lru_cache(maxsize=1 << 14)
def _nominatives(word):
    if len(word) < MIN_INFLECTED:
        return ()
    for ending, bases in CASE_ENDINGS:
        if word.endswith(ending):
            return tuple(word[:-len(ending)] + base for base in bases)
    return ()


# Russian case endings that leave a consonant behind the name: -ом, -ах, -ам, -ой.
RUSSIAN_ENDINGS = ("m", "h", "")


def _endings(words, bones):
    """Skeletons to look up: as spelled, and for Cyrillic without a case ending's consonant."""
    whole = " ".join(bones)
    candidates = [whole]
    if words[-1].script == "cyrillic" and len(bones[-1]) > 2:
        for ending in RUSSIAN_ENDINGS[:-1]:
            if bones[-1].endswith(ending):
                candidates.append(" ".join(bones[:-1] + [bones[-1][:-1]]))
    return candidates


class Layered:
    """A per-request index of stored facilities over a cached index of towns."""

    def __init__(self, facilities, towns):
        self.facilities, self.towns = facilities, towns

    def may_start(self, token):
        """Whether a facility's or a town's name may begin with this Token."""
        return self.facilities.may_start(token) or (
            self.towns is not None and self.towns.may_start(token))

    def near_miss(self, words):
        """Stored facilities a run spells one consonant off (`NameIndex.near_miss`)."""
        return self.facilities.near_miss(words)

    def lookup(self, words):
        """Stored facilities a run names, else towns (only from words that are not common)."""
        found = self.facilities.lookup(words)
        if found or self.towns is None or has_common([t.core for t in words]):
            return found
        if all(t.script == "arabic" for t in words):  # consonant spellings: exact names only
            return {k: p for key in _keys(words) for k, p in self.towns.exact.get(key, {}).items()}
        return self.towns.lookup(words)


@lru_cache(maxsize=8)
def town_index(towns):
    """The index of a tuple of gazetteer Towns, made once per process."""
    index = NameIndex()
    for town in towns:
        place = Place(town.name, town=town)
        for name in town.names:
            if len(name) >= 4 and script(name) in SCRIPTS and not has_common(core_key(name)):
                index.add(name, place)
    return index


def build_index(features, towns=()):
    """Index the names and aliases of stored facility Features, over an index of `towns`.

    A facility's own name is found without its kind words ("Qamishli airport" by
    "Qamishli"); an alias only in full when, so shortened, it would be a town's name
    ("Latakia Air Base" is Hmeimim, "Latakia" the town).
    """
    towns = tuple(towns)
    places = town_index(towns) if towns else None
    index = NameIndex(fuzzy=True)
    for feature in features:
        properties = feature["properties"]
        place = Place(properties["name"], facility=feature["id"])
        index.add(properties["name"], place)
        for alias in properties.get("aliases", []):
            short = core_key(alias)
            index.add(alias, place, shortened=short == name_key(alias)
                      or places is None or short not in places.exact)
    return Layered(index, places)
