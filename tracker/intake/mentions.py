"""Find the places a sentence names: stored facilities first, then gazetteer towns.

Runs of up to four words are looked up in the name index, longest first, so "Ain
Issa" wins over "Issa". Where one run names both a stored facility and a town (the
airport of Qamishli and the town), the stored facility is meant. A mention's span
takes in the kind words beside it ("Qamishli airport", "مطار القامشلي"). A name no
index holds that a kind word touches may be a stored facility spelt one consonant off
("Hmeimin air base"): the kind word is what makes a near miss worth taking.
"""

import re

from tracker.intake.names import GENERIC, MAX_WORDS
from tracker.intake.town_frames import after_time_word

MIN_CORE = 3
# A town's name that is a person's given name ("режима диктатора Башара Асада": Bashar is
# also a village in GeoNames): before a surname these reports name, or after a title.
SURNAMES = {"assad", "asad", "al-assad", "الاسد", "اسد", "асад", "асада", "асаду", "асадом",
            "sharaa", "al-sharaa", "الشرع", "шараа", "аш-шараа", "putin", "بوتين", "путин", "путина"}
TITLES = {"president", "dictator", "leader", "commander", "general", "marshal", "الرئيس", "رئيس",
          "القائد", "قائد", "المشير", "президент", "президента", "президентом", "диктатор", "диктатора",
          "лидер", "лидера", "командующий", "командующего", "маршал", "маршала", "генерал", "генерала"}
# An article the tokens leave out, joined to the name before a mention: "al-", "Эль-".
ARTICLE_BEFORE = re.compile(r"(?<!\w)(?:a[lnrsdtz]|ash|e[lnrsdt]|а[льшрдстз]ь?|э[льшрдстз]ь?)[-‐‑]$",
                            re.IGNORECASE)


class Mention:
    """Words of a sentence that name a place; `places` are the candidates, facilities first."""

    __slots__ = ("places", "first", "last", "start", "end", "text")

    def __init__(self, places, first, last, start, end, text):
        self.places, self.first, self.last = places, first, last
        self.start, self.end, self.text = start, end, text

    @property
    def place(self):
        return self.places[0]

    @property
    def is_stored(self):
        return self.place.facility is not None


def find_mentions(words, index, text, offset=0, people=None):
    """The Mentions in a sentence's Tokens `words`; spans are into `text` (the report).

    `offset` is where the sentence starts in the report, since tokens count from the
    sentence's start. `people`, a set the report's sentences share, gathers the (given name,
    surname) pairs met after a title ("leader Khalifa Haftar"), so the same two words are a
    person's name in the sentences after it too ("bases controlled by Khalifa Haftar").
    """
    people = set() if people is None else people
    people.update(_titled(words))
    found, i = [], 0
    while i < len(words):
        mention = _longest_at(words, i, index, text, offset, people)
        if mention is None:
            i += 1
            continue
        found.append(mention)
        i = mention.last + 1
    return found


def _longest_at(words, i, index, text, offset, people=frozenset()):
    if len(words[i].core) < MIN_CORE or not index.may_start(words[i]):
        return None
    for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
        run = words[i:i + n]
        places = {key: place for key, place in index.lookup(run).items()
                  if place.facility or (_may_be_town(run) and not _person(words, i, i + n, people)
                                        and not after_time_word(words, i))}
        if places:
            ordered = sorted(places.values(), key=lambda p: p.facility is None)
            if ordered[0].facility:
                ordered = [p for p in ordered if p.facility]
            return _mention(ordered, words, i, i + n - 1, text, offset)
    return _near_miss_at(words, i, index, text, offset)


def _near_miss_at(words, i, index, text, offset):
    """A one-word near miss of a stored facility's name, beside a kind word."""
    beside = [words[j].core for j in (i - 1, i + 1) if 0 <= j < len(words)]
    if words[i].core in GENERIC or not any(core in GENERIC for core in beside):
        return None
    places = index.near_miss(words[i:i + 1])
    return _mention(list(places.values()), words, i, i, text, offset) if places else None


def _may_be_town(run):
    """A town's name is a proper noun: capitalised where the script has capitals."""
    return all(t.script == "arabic" or t.text[:1].isupper() for t in run
               if t.core not in GENERIC)


def _person(words, first, end, people=frozenset()):
    """Whether words[first:end] are a person's name: a surname follows, a title precedes, or
    the report named the same two words after a title before."""
    after = words[end].core.lower() if end < len(words) else ""
    before = words[first - 1].core.lower() if first > 0 else ""
    given = " ".join(t.core.lower() for t in words[first:end])
    return after in SURNAMES or before in TITLES or (given, after) in people


def _titled(words):
    """The (given name, surname) pairs of a sentence's capitalised words after a title."""
    return {(words[i + 1].core.lower(), words[i + 2].core.lower()) for i in range(len(words) - 2)
            if words[i].core.lower() in TITLES
            and all(t.script != "arabic" and t.text[:1].isupper() for t in words[i + 1:i + 3])}


def _mention(places, words, first, last, text, offset):
    """A Mention over words[first..last], widened to the kind words touching it."""
    lo, hi = first, last
    while lo > 0 and words[lo - 1].core in GENERIC and first - lo < 2:
        lo -= 1
    while hi + 1 < len(words) and words[hi + 1].core in GENERIC and hi - last < 2:
        hi += 1
    start, end = offset + words[lo].start, offset + words[hi].end
    article = ARTICLE_BEFORE.search(text, max(0, start - 5), start)
    start = article.start() if article else start
    return Mention(places, first, last, start, end, text[start:end])
