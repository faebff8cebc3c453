"""A base called by its kind and its town: "an air base in Latakia", "قاعدة جوية رئيسية في
مدينة اللاذقية", "крупной авиабазой в прибрежном городе Латакия".

Reports often locate a base by the town it is near rather than name it. An air-base noun
followed, within a few words, by a preposition of place ("in", "near", "في", "قرب", "в",
"под") and a town is read as the one stored facility of that kind within RADIUS_KM of the
town; none or more than one gives nothing (the pipeline does not guess). The town itself
is then no place of the sentence: it only located the base.
"""

import math

from tracker.intake.coreference import Reference
from tracker.intake.normalise import fold

RADIUS_KM = 30
# Air-base nouns, as folded word cores (the Arabic one with its adjective "جويه").
AIR_NOUNS = {"airbase", "airfield", "авиабаза", "авиабазу", "авиабазе", "авиабазы", "авиабазои",
             "авиабазои", "аэродром", "аэродрома", "аэродроме"}
AIR_PAIRS = {("air", "base"), ("قاعده", "جويه"), ("قواعد", "جويه")}
AIR_KINDS = {"air_base", "airport"}
PREPOSITIONS = {"in", "near", "outside", "at", "في", "قرب", "بالقرب", "قريبا", "в", "во", "под",
                "близ", "возле", "около", "у"}
# Words that may stand between the noun, the preposition and the town: "main", "coastal",
# "the city of", "مدينة", "الساحلية", "прибрежном городе".
BETWEEN = {"main", "major", "large", "big", "key", "russian", "military", "the", "city", "town", "of",
           "coastal", "province", "رئيسيه", "كبيره", "روسيه", "عسكريه", "مدينه", "الساحليه", "ساحليه",
           "محافظه", "крупнои", "крупная", "крупную", "главнои", "основнои", "российскои", "военнои",
           "городе", "город", "прибрежном", "провинции"}
REACH = 6  # words from the noun to the town
# Written as spelled, compared as folded (hamza and alif forms, й).
AIR_NOUNS, BETWEEN, PREPOSITIONS = ({fold(w) for w in words} for words in (AIR_NOUNS, BETWEEN, PREPOSITIONS))
AIR_PAIRS = {(fold(a), fold(b)) for a, b in AIR_PAIRS}


def _km(lon1, lat1, lon2, lat2):
    """Great-circle distance in km (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 12742 * math.asin(math.sqrt(a))


def _air_noun_before(words, first):
    """The index of an air-base noun in the REACH words before words[first], with only
    BETWEEN words and one preposition after it, or None."""
    seen_preposition = False
    for i in range(first - 1, max(-1, first - 1 - REACH), -1):
        core = words[i].core
        if i > 0 and (words[i - 1].core, core) in AIR_PAIRS:
            return i - 1 if seen_preposition else None
        if core in AIR_NOUNS:
            return i if seen_preposition else None
        if i + 1 < len(words) and (core, words[i + 1].core) in AIR_PAIRS:
            return i if seen_preposition else None
        if core in PREPOSITIONS:
            seen_preposition = True
        elif core not in BETWEEN:
            return None
    return None


def at_town(place, towns, bases):
    """Whether the stored `place` lies within RADIUS_KM of one of `towns` (None: not a town)."""
    spots = [(lon, lat) for stored, _, lon, lat in bases if stored.key == place.key]
    return any(town is not None and _km(lon, lat, town.lon, town.lat) <= RADIUS_KM
               for town in towns for lon, lat in spots)


def by_town(words, named, bases, text, offset):
    """`named` with each town that locates an air-base noun replaced by a Reference to the
    one stored air base near it. `bases`: [(Place, kind, lon, lat)] of the stored facilities."""
    found = []
    for mention in named:
        town = mention.place.town
        noun = None if mention.is_stored or town is None else _air_noun_before(words, mention.first)
        if noun is None:
            found.append(mention)
            continue
        near = [place for place, kind, lon, lat in bases
                if kind in AIR_KINDS and _km(lon, lat, town.lon, town.lat) <= RADIUS_KM]
        if len(near) != 1:
            found.append(mention)
            continue
        start, end = offset + words[noun].start, offset + words[mention.last].end
        found.append(Reference(near[0], noun, start, end, text[start:end],
                               f"{near[0].label}, the air base the report locates by {town.name}"))
    return found
