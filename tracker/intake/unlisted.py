"""Places neither stored nor in the gazetteer, positioned by the town they are said to be near.

GeoNames' `cities500` lacks many villages and hills where bases stood ("Tel Al-Samn near
the northern city of Raqqa"). A name that starts with a word that begins Syrian place
names (Tal/Tell, Ain, Deir, Jabal, Ras, Bir, Khirbet, Umm; تل، عين، دير، جبل، رأس، بئر،
خربة، أم; Тель, Айн, Дейр, Джебель, Рас, Бир, Хирбет, Умм) followed by a name word (capitalised
in Latin and Cyrillic, not a common word) is such a place when a gazetteer town follows it
as its landmark ("near", "in the countryside of", قرب، ريف، بالقرب من، близ, около, под)
within a few words. It is proposed, like a town, only where the pipeline's rules for towns
allow (a leaving cue, the operator named, a preposition or list introducing it), at the
landmark's centre with `location_precision: region`: the report says near, not where.
Bases called by a name are read so too: a name after "قاعدة" the gazetteer lacks, with a
landmark town ("قاعدة صرين الواقعة في ريف عين العرب"), and a town's name before a base noun
placed in another town ("the Sarrin Air Base in Ain al-Arab", `by_base_name`).
"""

from tracker.intake.mentions import Mention
from tracker.intake.names import common_words
from tracker.intake.normalise import fold

PREFIXES = {"tal", "tall", "tell", "tel", "ain", "ayn", "ein", "deir", "dayr", "jabal", "jebel",
            "ras", "bir", "khirbet", "khirbat", "umm",
            "تل", "عين", "دير", "جبل", "راس", "بير", "بئر", "خربه", "ام",
            "тель", "телль", "тал", "телл", "айн", "эйн", "дейр", "дэйр", "джебель", "джабаль",
            "рас", "бир", "хирбет", "умм"}
LANDMARK = {"near", "outside", "around", "close", "قرب", "بالقرب", "ريف", "بريف", "وريف", "محيط", "جوار",
            "близ", "около", "возле", "недалеко", "рядом", "под", "окрестностях", "районе"}
REACH = 6  # words from the name's end to its landmark town
# A landmark named before its word: "Tel Al-Samn in the Al-Raqqah countryside".
LANDMARK_AFTER = {"countryside", "outskirts"}


# A base called by a town's name and placed in another town: "the Sarrin Air Base in Ain
# al-Arab" is a base near Ain al-Arab called Sarrin, whatever village of that name the
# gazetteer holds elsewhere; the second town only locates it.
BASE_NOUNS = {"base", "airbase", "airfield", "airport"}
BASE_KINDS = {"air", "naval", "military", "helicopter"}
PLACED = {"in", "near", "outside"}
PLACED_REACH = 3  # words from the base noun to the town that places it


class Unlisted:
    """A place a report names that neither the dataset nor the gazetteer holds, and the
    gazetteer `town` it is said to be near."""

    __slots__ = ("label", "town", "facility")

    def __init__(self, label, town):
        self.label, self.town, self.facility = label, town, None

    @property
    def key(self):
        return ("unlisted", fold(self.label))


def _name_word(token):
    if token.core in common_words() or len(token.core) < 3:
        return False
    return token.script == "arabic" or token.text[:1].isupper()


def _landmark(words, end, named):
    """The town mention that follows words[end] as its landmark, or None: a landmark word
    between them, or the countryside word right after the town."""
    for mention in named:
        if mention.is_stored or not end < mention.first <= end + REACH:
            continue
        if any(w.core in LANDMARK or w.forms[0] in LANDMARK for w in words[end + 1:mention.first]):
            return mention
        if mention.last + 1 < len(words) and words[mention.last + 1].core in LANDMARK_AFTER:
            return mention
    return None


def _starts_name(token):
    """A word that begins a place name, also with the conjunction و on it ("وتل السمن")."""
    return token.core in PREFIXES or (
        token.script == "arabic" and token.core[:1] == "و" and token.core[1:] in PREFIXES)


def find_unlisted(words, named, text, offset):
    """Mentions of unlisted places among a sentence's Tokens, given its `named` Mentions."""
    taken = {i for m in named for i in range(m.first, m.last + 1)}
    found = []
    for i in range(len(words) - 1):
        prefix, name = words[i], words[i + 1]
        if i in taken or i + 1 in taken or not _starts_name(prefix) or not _name_word(name):
            continue
        if prefix.script != "arabic" and not prefix.text[:1].isupper():
            continue
        landmark = _landmark(words, i + 1, named)
        if landmark is None:
            continue
        start, end = offset + prefix.start, offset + name.end
        if prefix.core not in PREFIXES and text[start:start + 1] == "و":
            start += 1  # the conjunction is not part of the name
        label = text[start:end]
        found.append(Mention([Unlisted(label, landmark.place.town)], i, i + 1, start, end, label))
    return found + _named_bases(words, named, text, offset, taken | {m.first for m in found})


# A base called by a name the gazetteer lacks, after its noun, with a landmark town: "قاعدة
# صرين الواقعة في ريف عين العرب" (the Sarrin base in the countryside of Ain al-Arab). Not an
# adjective of kind or country ("قاعدة روسية", "قاعدة جوية"), which ends in ية.
BASE_BEFORE = {"قاعده", "لقاعده", "بقاعده"}


def _named_bases(words, named, text, offset, taken):
    found = []
    for i in range(1, len(words)):
        base, name = words[i - 1], words[i]
        if i in taken or base.core not in BASE_BEFORE and base.forms[0] not in BASE_BEFORE:
            continue
        if name.script != "arabic" or not _name_word(name) or name.core.endswith("يه"):
            continue
        landmark = _landmark(words, i, named)
        if landmark is None:
            continue
        start, end = offset + name.start, offset + name.end
        found.append(Mention([Unlisted(text[start:end], landmark.place.town)], i - 1, i, start, end,
                             text[start:end]))
    return found


def _base_noun_end(words, i):
    """The index of the base noun right after words[i] ("Air Base", "airbase"), or None."""
    cores = [w.core for w in words[i + 1:i + 3]]
    if cores[:1] and cores[0] in BASE_NOUNS:
        return i + 1
    if len(cores) == 2 and cores[0] in BASE_KINDS and cores[1] in BASE_NOUNS:
        return i + 2
    return None


def by_base_name(words, named, text, offset):
    """`named` with each town that names a base placed in another town ("the Sarrin Air
    Base in Ain al-Arab") read as an Unlisted place near that town, which is dropped."""
    towns = [m for m in named if not m.is_stored and m.place.town is not None]
    replaced, dropped = {}, set()
    for mention in towns:
        end = _base_noun_end(words, mention.last)
        if end is None:
            continue
        placed = next((m for m in towns if m is not mention and end < m.first <= end + PLACED_REACH
                       and any(w.core in PLACED for w in words[end + 1:m.first])), None)
        if placed is None:
            continue
        start, stop = offset + words[mention.first].start, offset + words[mention.last].end
        label = text[start:stop]
        # Its words run to the base noun, which introduces it as a place; its name is the town's.
        replaced[id(mention)] = Mention([Unlisted(label, placed.place.town)], mention.first, end,
                                        start, stop, label)
        dropped.add(id(placed))
    return [replaced.get(id(m), m) for m in named if id(m) not in dropped]
