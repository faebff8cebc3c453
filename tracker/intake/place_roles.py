"""The part a place plays in its sentence.

A place after "from" (من, с, из) is where a force leaves; after "to" or "towards"
(إلى, نحو, باتجاه, в, на, к) where it goes; after "near" or "south of" (قرب, جنوب,
ريف, близ) it only locates something else and gets no proposal.
"""

from tracker.intake import located
from tracker.intake.clauses import boundary

SOURCE = {"from", "out", "من", "عن", "с", "со", "из"}
# Russian "в"/"на" mean "in" as often as "to" (the case tells), so they only place.
DESTINATION = {"to", "towards", "toward", "into", "الي", "نحو", "باتجاه", "اتجاه", "صوب",
               "к", "ко"}
PLACING = {"in", "at", "inside", "within", "في", "داخل", "в", "во", "на"}
COORDINATING = {"and", "or", "و", "او", "и", "или"}
# An example after a plural of places introduces it as one of them: "several bases in
# northern Syria, such as Manbij and Kobani", "including", "مثل", "включая" (folded cores).
EXAMPLE = {"such as", "including", "notably", "like", "مثل", "منها", "включая", "такие как", "в том числе"}
# A verb of leaving right before a town takes it as its object, which introduces it as a
# place as a preposition would: "Russian troops fled Hama", "forces left Manbij".
LEAVING_VERBS = {"left", "fled", "abandoned", "vacated", "evacuated", "quit", "غادرت", "غادروا",
                 "غادر", "اخلت", "اخلوا", "покинули", "покинул", "покинула", "оставили"}
KIND_WORDS = {"base", "bases", "town", "city", "village", "area", "airport", "outpost",
              "قاعده", "قواعد", "بلده", "مدينه", "منطقه", "قريه", "مطار", "نقطه", "موقع",
              "база", "базы", "базу", "базе", "город", "городе", "районе", "аэродром", "поселок"}
# "next to X" or "بجوار X": the base by a place is that place's facility.
BESIDE = {"next", "adjacent", "جوار", "بجوار", "рядом"}  # "базы рядом с городом Камышлы"
# A kind of area after a name makes it the area, not a site: "Hasakeh province".
AREA_AFTER = {"province", "provinces", "governorate", "governorates", "countryside", "region",
              "провинции", "провинция", "провинциях"}
# A base's "region" is the base's ground: "reduction of its presence in the Khmeimim region".
BASE_AREA = {"region"}
REFERENCE = {"near", "outside", "around", "south", "north", "east", "west", "southern",
             "northern", "eastern", "western", "countryside", "province", "governorate",
             "قرب", "بالقرب", "محيط", "محيطه", "جنوب", "شمال", "شرق", "غرب", "ريف", "بريف", "وريف", "جنوبي", "شمالي",
             "شرقي", "غربي", "محافظه", "близ", "около", "южнее", "севернее", "окрестностях",
             "провинции", "провинция", "югу", "северу", "востоку", "западу",
             "под",  # "под Раккой": near Raqqa
             "off", "قباله", "بمحاذاه",  # "frigates off the coast of Tartus" are not at Tartus
             # People of a town are not a base: "жителей Латакии и Тартуса", "residents of Tartus".
             "жителеи", "жители", "residents", "inhabitants", "people", "سكان", "اهالي", "ابناء"}
# A stored base's town named as a province, then a base said to be there: "В провинции Тартус
# находится пункт материально-технического обеспечения ВМФ России", "in the province of
# Tartus lies Russia's naval base" name the base, not only the province.
PROVINCE = {"province", "provinces", "governorate", "governorates", "провинции", "провинция",
            "провинциях", "محافظه", "محافظتي", "محافظات"}
BASE_THERE = {"base", "facility", "пункт", "база", "قاعده", "منشاه"}
BASE_THERE_REACH = 4  # words after the place the base noun stands within


def _base_follows(words, mention):
    return any(w.core in BASE_THERE for w in words[mention.last + 1:mention.last + 1 + BASE_THERE_REACH])


# "a base near the airport" (a kind word right before "near" and a stored facility after):
# the airport's base, as "next to" is.
NEAR = {"near", "قرب", "بالقرب", "близ", "около"}
# A base's noun before "near" (its adjectives between: "قاعدة جوية عسكرية قرب").
NEAR_BASE = KIND_WORDS | {"airbase", "airfield", "aerodrome", "facility", "аэродром", "объект"}
# "their positions around the airport" are the airport's: a force's positions around a
# place are at it, where "clashes around Raqqa" only locate something.
AROUND = {"around", "محيط", "بمحيط", "вокруг"}
POSITIONS = {"positions", "posts", "points", "مواقع", "مواقعها", "مواقعهم", "نقاط", "позиции",
             "позиций", "посты"}
# Russian "с" with the instrumental case means "with" ("с Дамаском"), with the genitive "from".
WITH = {"с", "со"}
INSTRUMENTAL = ("ом", "ем", "ои", "еи", "ою", "ею")
LOOK_BACK = 4


def role(words, mention, text, offset):
    """(part, introduced) of a Mention among `words`.

    `part` is "source", "destination", "reference" or "place"; `introduced` tells
    whether a preposition, a kind word ("base", "بلدة", "база") or a list of such
    places leads to it: a town's name is a place only so introduced, which keeps
    people's names ("Bashar", "Башара") from being read as towns.
    """
    introduced = False
    if mention.last + 1 < len(words) and words[mention.last + 1].core in AREA_AFTER and not (
            mention.is_stored and words[mention.last + 1].core in BASE_AREA):
        return "reference", True
    for i in range(mention.first - 1, max(-1, mention.first - 1 - LOOK_BACK), -1):
        word = words[i].core
        if word in LEAVING_VERBS and i == mention.first - 1:
            return "place", True  # the object of "fled", not of a "to" before the verb
        if word in BESIDE or (i and word in DESTINATION and words[i - 1].core in BESIDE):
            return "place", True
        if word in AROUND and any(w.core in POSITIONS for w in words[max(0, i - 2):i]):
            return "place", True
        if word in NEAR and mention.is_stored and any(w.core in NEAR_BASE for w in words[max(0, i - 3):i]):
            # "قاعدة قرب مطار القامشلي", "قاعدة جوية عسكرية قرب مدينة القامشلي", "an airbase near
            # the city of Qamishli": a base near the airport, or near its town, is its base.
            return "place", True
        if word in PROVINCE and mention.is_stored:
            # "В провинции Тартус находится пункт ... ВМФ": the base there; else the province
            # is the facility's namesake ("violence in the provinces of Latakia and Tartus").
            return ("place" if _base_follows(words, mention) else "reference"), True
        if word in REFERENCE:
            return "reference", True
        if word in WITH and _instrumental(words[mention.last]):
            return "reference", True  # "по согласованию с Дамаском": with, not from
        if word in SOURCE:
            # "بالقرب من" (near, literally "in the vicinity from"): a compound preposition.
            if i and words[i - 1].core in REFERENCE:
                return "reference", True
            return "source", True
        if word in DESTINATION:
            return "destination", True
        introduced = introduced or (word in PLACING and _object_of(words, i, mention)) or (
            word in KIND_WORDS) or (word in COORDINATING and i == mention.first - 1) or (
            i == mention.first - 1 and _example(words, i))
        if boundary(text, offset, words[i].end, words[i + 1].start):
            break
    first = words[mention.first]
    if len(first.forms) > 1 and first.forms[0][:1] in ("ب", "ل"):  # بمنبج "in Manbij"
        return ("destination" if first.forms[0].startswith("لل") else "place"), True
    return "place", introduced or first.core in KIND_WORDS or any(
        t.core in KIND_WORDS for t in words[mention.first:mention.last + 1]) or _apposed(
        words, mention, text, offset)


def _example(words, at):
    """Whether words[at] ends "such as", "including", "مثل", "такие как" before a place."""
    return any(" ".join(t.core for t in words[max(0, at - n):at + 1]) in EXAMPLE for n in range(3))


# Russian adjective endings (folded: й is и): "в прибрежном городе Латакия".
ADJECTIVE_ENDINGS = ("ом", "ем", "ои", "еи", "ых", "их", "ую", "юю", "ая", "яя", "ое", "ее", "ые",
                     "ие", "ыи", "ии", "ого", "его")


def _object_of(words, at, mention):
    """Whether the place is the object of the preposition at words[at]: only adjectives and
    kind words stand between them. A Russian noun between makes the place that noun's
    genitive ("в контексте операций Дамаска": Damascus's operations, not in Damascus)."""
    return all(t.script != "cyrillic" or t.core in KIND_WORDS or t.core in located.BETWEEN
               or t.core.endswith(ADJECTIVE_ENDINGS) for t in words[at + 1:mention.first])


APPOSITION_REACH = 5  # words of an apposition after a place that may hold its kind word


def _apposed(words, mention, text, offset):
    """Whether an apposition right after the place names its kind: "Kobani, a former
    Russian military base"."""
    span = apposition(words, mention, text, offset)
    return span is not None and any(words[i].core in KIND_WORDS for i in span)


def apposition(words, mention, text, offset):
    """The word indexes of the phrase set off right after a place ("(Kobani), a former
    Russian military base."), up to APPOSITION_REACH words, or None."""
    after = mention.last + 1
    if after >= len(words) or not boundary(text, offset, words[mention.last].end, words[after].start):
        return None
    end = after
    while end + 1 < min(len(words), after + APPOSITION_REACH) and not boundary(
            text, offset, words[end].end, words[end + 1].start):
        end += 1
    return range(after, end + 1)


def _instrumental(token):
    return token.script == "cyrillic" and token.core.endswith(INSTRUMENTAL)


def is_dateline(words, mention, text, offset):
    """Whether a mention is a dateline ("QAMISHLI:", "ERBIL (Kurdistan24) –"): where the
    reporter files from, not what the report is about."""
    if mention.first != 0:
        return False
    after = text[offset + words[mention.last].end:offset + words[mention.last].end + 3]
    return words[mention.first].text.isupper() and after[:1] in (":", " ", "(") and (
        after.lstrip()[:1] in (":", "(", "-", "–", "—"))


def locates(words, before, mention, text, offset):
    """Whether a town right after a stored facility only says where that facility is:
    "مطار القامشلي بالحسكة", "Qamishli airport in Hasakah" (no clause boundary between)."""
    if before is None or not before.is_stored or mention.is_stored or before.last >= mention.first:
        return False
    between = words[before.last + 1:mention.first]
    clitic = mention.first < len(words) and words[mention.first].forms[0][:1] == "ب"
    return (not boundary(text, offset, words[before.last].end, words[mention.first].start)
            and ((not between and clitic) or (len(between) == 1 and between[0].core in PLACING)))


ONWARD = {"в", "во", "на", "к", "ко"}
ONWARD_REACH = 8  # words from a source to the place a Russian "в"/"на" after it names


def onward(words, mentions, roles):
    """Roles with a Russian place after "в"/"на" that follows a place left "из" (from) in the
    same sentence made its destination: "уходят из Кобани ... в Камишли", "из Камышлы в
    Хмеймим перевезли", "сбежал из Хамы и эвакуировался на базу «Хмеймим»" (README,
    "Report intake"). The look-back of `role` would read "из" before the first place as
    the second's."""
    out = list(roles)
    for i, (mention, (part, _)) in enumerate(zip(mentions, roles)):
        if part not in ("place", "source") or words[mention.first].script != "cyrillic":
            continue
        if not {w.core for w in words[max(0, mention.first - 2):mention.first]} & ONWARD:
            continue
        window = words[max(0, mention.first - ONWARD_REACH):mention.first]
        left = any(0 < mention.first - m.last <= ONWARD_REACH and _after_from(words, m)
                   for m in mentions[:i])
        accusative = any(w.core.endswith(("у", "ю"))  # the name or its kind word ("на базу")
                         for w in words[max(0, mention.first - 1):mention.first + 1])
        if left or (part == "place" and accusative and any(w.core == "из" for w in window)):
            out[i] = ("destination", True)
    return out


def _after_from(words, mention):
    """Whether "из" or "с" stands right before a place (or before its kind word); "с" with
    the instrumental is "with" ("в координации с Дамаском"), not "from"."""
    before = words[max(0, mention.first - 2):mention.first]
    return any(w.core == "из" for w in before) or (
        any(w.core in WITH for w in before) and not _instrumental(words[mention.last]))


def coordinated(words, before, mention):
    """Whether a mention is listed with the one before it ("A and B", "A و B", "A и B")."""
    if before is None:
        return False
    between = words[before.last + 1:mention.first]
    return len(between) <= 2 and all(t.core in COORDINATING or t.core in ("the", "its")
                                     for t in between)
