"""Which cue a place in a sentence goes with, and the part the place plays in it.

A place after "from" (من, с, из) is where a force leaves; after "to" or "towards"
(إلى, نحو, باتجاه, в, на, к) where it goes; after "near" or "south of" (قرب, جنوب,
ريف, близ) it only locates something else and gets no proposal. Each place takes the
nearest cue, counting a clause boundary (a comma, "but", "while", لكن, но) as far.
"""

import re

from tracker.intake import located
from tracker.intake.cues import LEAVING
from tracker.intake.normalise import fold

SOURCE = {"from", "out", "من", "عن", "с", "со", "из"}
# Russian "в"/"на" mean "in" as often as "to" (the case tells), so they only place.
DESTINATION = {"to", "towards", "toward", "into", "الي", "نحو", "باتجاه", "اتجاه", "صوب",
               "к", "ко"}
PLACING = {"in", "at", "inside", "within", "في", "داخل", "в", "во", "на"}
COORDINATING = {"and", "or", "و", "او", "и", "или"}
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
REFERENCE = {"near", "outside", "around", "south", "north", "east", "west", "southern",
             "northern", "eastern", "western", "countryside", "province", "governorate",
             "قرب", "بالقرب", "محيط", "جنوب", "شمال", "شرق", "غرب", "ريف", "بريف", "وريف", "جنوبي", "شمالي",
             "شرقي", "غربي", "محافظه", "близ", "около", "южнее", "севернее", "окрестностях",
             "провинции", "провинция", "югу", "северу", "востоку", "западу",
             "под",  # "под Раккой": near Raqqa
             "off", "قباله", "بمحاذاه",  # "frigates off the coast of Tartus" are not at Tartus
             # People of a town are not a base: "жителей Латакии и Тартуса", "residents of Tartus".
             "жителеи", "жители", "residents", "inhabitants", "people", "سكان", "اهالي", "ابناء"}
# "a base near the airport" (a kind word right before "near" and a stored facility after):
# the airport's base, as "next to" is.
NEAR = {"near", "قرب", "بالقرب", "близ", "около"}
# "their positions around the airport" are the airport's: a force's positions around a
# place are at it, where "clashes around Raqqa" only locate something.
AROUND = {"around", "محيط", "بمحيط", "вокруг"}
POSITIONS = {"positions", "posts", "points", "مواقع", "مواقعها", "مواقعهم", "نقاط", "позиции",
             "позиций", "посты"}
# Russian "с" with the instrumental case means "with" ("с Дамаском"), with the genitive "from".
WITH = {"с", "со"}
INSTRUMENTAL = ("ом", "ем", "ои", "еи", "ою", "ею")
CLAUSE_WORDS = {"but", "while", "whereas", "although", "however", "لكن", "لكنها", "بينما",
                "في حين", "но", "однако", "тогда",
                # "كما" opens a second clause of its own ("the battalion withdrew from a city,
                # as the Russians also took the warships out of Tartus"): its cue is not the first's.
                "كما", "وكما"}
CLAUSE_COST = 12
# Words that open a contrasting clause: "but", "while", "whereas"; لكن، بينما، فيما، في حين;
# но, однако, а, тогда как, в то время как. Such a clause keeps its own cue and date.
CONTRAST = {"but", "whereas", "while", "however", "yet", "لكن", "لكنها", "ولكن", "بينما", "فيما",
            "но", "однако", "а"}
BUT = {"but", "however", "yet", "لكن", "لكنها", "ولكن", "но", "однако"}
CONTRAST_PAIRS = {("في", "حين"), ("тогда", "как"), ("время", "как")}
# "فيما يبدو" is "apparently", "فيما بعد" "later", "فيما يخص" "as for": no contrast.
NOT_CONTRAST_NEXT = {"يبدو", "بعد", "يخص", "يتعلق"}


def _contrast(words, lo, hi, among=CONTRAST):
    """Whether a contrast word (of `among`) stands after word `lo` and up to word `hi`."""
    for i in range(lo + 1, hi + 1):
        following = words[i + 1].core if i + 1 < len(words) else ""
        if (words[i].core in among or words[i].forms[0] in among) and following not in NOT_CONTRAST_NEXT:
            return True
        if among is CONTRAST and i + 1 < len(words) and (words[i].core, words[i + 1].core) in CONTRAST_PAIRS:
            return True
    return False


def contrasted(words, a_first, a_last, b_first, b_last, among=CONTRAST):
    """Whether two word ranges stand in different clauses of a contrast (of `among`)."""
    if a_first > b_last:
        return _contrast(words, b_last, a_first, among)
    return b_first > a_last and _contrast(words, a_last, b_first, among)
LOOK_BACK = 4


def role(words, mention, text, offset):
    """(part, introduced) of a Mention among `words`.

    `part` is "source", "destination", "reference" or "place"; `introduced` tells
    whether a preposition, a kind word ("base", "بلدة", "база") or a list of such
    places leads to it: a town's name is a place only so introduced, which keeps
    people's names ("Bashar", "Башара") from being read as towns.
    """
    introduced = False
    if mention.last + 1 < len(words) and words[mention.last + 1].core in AREA_AFTER:
        return "reference", True
    for i in range(mention.first - 1, max(-1, mention.first - 1 - LOOK_BACK), -1):
        word = words[i].core
        if word in LEAVING_VERBS and i == mention.first - 1:
            return "place", True  # the object of "fled", not of a "to" before the verb
        if word in BESIDE or (i and word in DESTINATION and words[i - 1].core in BESIDE):
            return "place", True
        if word in AROUND and any(w.core in POSITIONS for w in words[max(0, i - 2):i]):
            return "place", True
        if word in NEAR and mention.is_stored and i and words[i - 1].core in KIND_WORDS:
            return "place", True  # "قاعدة قرب مطار القامشلي": a base near the airport is its base
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
            word in KIND_WORDS) or (word in COORDINATING and i == mention.first - 1)
        if _boundary(text, offset, words[i].end, words[i + 1].start):
            break
    first = words[mention.first]
    if len(first.forms) > 1 and first.forms[0][:1] in ("ب", "ل"):  # بمنبج "in Manbij"
        return ("destination" if first.forms[0].startswith("لل") else "place"), True
    return "place", introduced or first.core in KIND_WORDS or any(
        t.core in KIND_WORDS for t in words[mention.first:mention.last + 1]) or _apposed(
        words, mention, text, offset)


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
    span = _apposition(words, mention, text, offset)
    return span is not None and any(words[i].core in KIND_WORDS for i in span)


def _apposition(words, mention, text, offset):
    """The word indexes of the phrase set off right after a place ("(Kobani), a former
    Russian military base."), up to APPOSITION_REACH words, or None."""
    after = mention.last + 1
    if after >= len(words) or not _boundary(text, offset, words[mention.last].end, words[after].start):
        return None
    end = after
    while end + 1 < min(len(words), after + APPOSITION_REACH) and not _boundary(
            text, offset, words[end].end, words[end + 1].start):
        end += 1
    return range(after, end + 1)
    for i in range(after, min(len(words), after + APPOSITION_REACH)):
        if words[i].core in KIND_WORDS:
            return True
        if i > after and _boundary(text, offset, words[i - 1].end, words[i].start):
            return False
    return False


RELATIVE = {fold(word) for word in ("which", "that", "where", "الذي", "التي", "الذين", "который",
                                    "которая", "которое", "которую", "которой", "котором",
                                    "которые", "где")}
RELATIVE_REACH = 3


def described(words, mention, cue, part):
    """A landmark or a move's goal followed by a relative clause holding the cue is what
    the clause is about: "قرب بوابة مطار حميميم العسكري، الذي تتخذه روسيا قاعدة لها" (near the
    gate of Hmeimim airport, which Russia uses as its base) says Hmeimim is used; "convoys
    heading to the Hmeimim airbase, where transport aircraft are loading equipment" says
    Hmeimim is being left."""
    if part not in ("reference", "destination") or cue is None or cue.first <= mention.last:
        return part
    between = words[mention.last + 1:min(cue.first, mention.last + 1 + RELATIVE_REACH)]
    return "place" if any(w.core in RELATIVE or w.forms[0] in RELATIVE for w in between) else part


def _instrumental(token):
    return token.script == "cyrillic" and token.core.endswith(INSTRUMENTAL)


def _boundary(text, offset, start, end):
    """Whether the characters between two words hold a clause boundary."""
    gap = text[offset + start:offset + end]
    return any(mark in gap for mark in ",;:،؛()—–")


def _cost(words, text, offset, a, b):
    lo, hi = sorted((a, b))
    cost = hi - lo
    for i in range(lo, hi):
        if _boundary(text, offset, words[i].end, words[i + 1].start) or words[i + 1].core in CLAUSE_WORDS:
            cost += CLAUSE_COST
    return cost


def nearest_cue(words, mention, cues, text, offset):
    """The cue closest to a mention, clause boundaries counted as far.

    A "kept" cue counts only within a clause of the mention: "a small deployment compared
    to its air base and naval facility, both of which it is expected to maintain" keeps
    the bases, not the airport named before the comma.
    """
    def distance(cue):
        anchor = cue.first if cue.first > mention.last else cue.last
        return _cost(words, text, offset, anchor, mention.first)
    near = [cue for cue in cues if cue.kind not in ("kept", "wish") or distance(cue) < 2 * CLAUSE_COST]
    own = [c for c in near if not contrasted(words, c.first, c.last, mention.first, mention.last)]
    # A contrast clause keeps its own cue; where it has none, a leaving word of the other
    # clause still does not cross "but" ("pulls back from the front line, but keeps ...").
    near = own or [c for c in near if not (
        (c.status in LEAVING or c.kind == "transfer")
        and contrasted(words, c.first, c.last, mention.first, mention.last, BUT))]
    if not mention.is_stored:  # a town takes only a cue of its own clause, or its apposition's
        apposition = _apposition(words, mention, text, offset) or range(0)
        near = [cue for cue in near if distance(cue) < CLAUSE_COST or (
            cue.first in apposition and cue.last in apposition)]
    return min(near, key=distance) if near else None


def kept_of_clause(words, mention, cues, text, offset):
    """The kept cue of a mention's own clause, or of a relative clause opening right after it
    ("moving it to Hmeimim, which Moscow will keep"), or None."""
    def distance(cue):
        anchor = cue.first if cue.first > mention.last else cue.last
        return _cost(words, text, offset, anchor, mention.first)
    def relative(cue):
        between = words[mention.last + 1:min(cue.first, mention.last + 1 + RELATIVE_REACH)]
        return cue.first > mention.last and any(w.core in RELATIVE or w.forms[0] in RELATIVE
                                                for w in between)
    near = [cue for cue in cues if distance(cue) < CLAUSE_COST or relative(cue)]
    return min(near, key=distance) if near else None


def nearest_date(words, cue, dates, text, offset):
    """The date closest to a cue, or None. A date in a relative or "since" clause that
    opens after the cue dates that clause's event, not the cue's: "a refuge for civilians
    who fled the clashes that erupted last week" (the report's date, not last week's)."""
    dates = [d for d in dates if not _in_later_clause(words, cue, d)
             and not _in_participle_clause(words, cue, d, text, offset)
             and not contrasted(words, d.first, d.last, cue.first, cue.last)]
    if not dates:
        return None
    return min(dates, key=lambda d: _cost(words, text, offset, d.first, cue.first))


BACKGROUND = RELATIVE | {fold(word) for word in ("since", "after", "منذ", "بعد", "после")}


def _in_later_clause(words, cue, date):
    """Whether a relative or "since" word stands between a cue and a date after it."""
    return date.first > cue.last and any(
        w.core in BACKGROUND or w.forms[0] in BACKGROUND for w in words[cue.last + 1:date.first])


# A participle set off by a comma opens a clause of its own as "which" does: "две базы — в
# Хмеймиме и в Тартусе, арендованные на 49 лет в 2017 году" (leased in 2017) dates the lease.
PARTICIPLE = re.compile(r"^(?:\w+ed|\w+(?:нн|вш|ем|им)(?:ые|ыи|ая|ое|ых|ую|ои|ого|ым|ыми))$")


def _in_participle_clause(words, cue, date, text, offset):
    """Whether a participle right after a comma stands between a cue and a date after it."""
    return date.first > cue.last and any(
        PARTICIPLE.match(words[i].core) and _boundary(text, offset, words[i - 1].end, words[i].start)
        for i in range(cue.last + 1, date.first))


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
    return (not _boundary(text, offset, words[before.last].end, words[mention.first].start)
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
    """Whether "из" or "с" stands right before a place (or before its kind word)."""
    return any(w.core in ("из", "с", "со") for w in words[max(0, mention.first - 2):mention.first])


def coordinated(words, before, mention):
    """Whether a mention is listed with the one before it ("A and B", "A و B", "A и B")."""
    if before is None:
        return False
    between = words[before.last + 1:mention.first]
    return len(between) <= 2 and all(t.core in COORDINATING or t.core in ("the", "its")
                                     for t in between)


# The head of a list: a plural (or Arabic dual) base or town noun, "two military facilities —
# the naval base in Tartus and the Hmeimim Air Base", "две российские базы: ... в Тартусе и
# авиабаза Хмеймим", "بقاعدتين ... الأولى ... طرطوس ... والثانية ... حميميم", "базы в двух
# городах — Манбидже и Кобани". Every place listed after it takes the cue the head follows.
LIST_HEADS = {"bases", "facilities", "installations", "positions", "outposts", "sites", "towns",
              "cities", "airbases", "قواعد", "منشات", "مواقع", "نقاط", "مدن", "بلدات", "مدينتين",
              "مدينتي", "базы", "баз", "базах", "базами", "объекта", "объекты", "объектов", "пункта",
              "пункты", "позиции", "позиций", "городах", "городов", "города", "авиабазы"}
HEAD_REACH = 5  # words after a cue that its list's head may stand at


def _list_head(token):
    core = token.core
    return core in LIST_HEADS or core.startswith(("قاعدت", "قاعدتي"))


def listing_cue(words, mention, cues):
    """The cue of the list a mention is in: the last cue before the mention followed (within
    HEAD_REACH words) by a list head before the mention, with no other cue between that
    head and the mention. None if the mention is in no such list."""
    found = None
    for cue in cues:
        if cue.last >= mention.first:
            break
        heads = [i for i in range(cue.first, min(mention.first, cue.last + 1 + HEAD_REACH))
                 if _list_head(words[i])]
        if heads and not any(heads[0] < c.first < mention.first for c in cues if c is not cue):
            found = cue
    return found


def prefers_list(words, mention, own, listed, text, offset):
    """Whether a listed place takes its list's cue rather than its own nearest one: when it
    has none, or its own comes after it beyond a clause boundary."""
    if listed is None or listed is own:
        return False
    return own is None or (own.first > mention.last
                           and _cost(words, text, offset, mention.last, own.first) > CLAUSE_COST)
