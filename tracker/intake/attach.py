"""Which cue and which date a place in a sentence goes with.

Each place takes the nearest cue, counting a clause boundary (a comma, "but", "while",
لكن, но) as far (`tracker.intake.clauses`); the part it plays is `place_roles`'.
"""

import re

from tracker.intake.clauses import BUT, CLAUSE_COST, RELATIVE, RELATIVE_REACH, boundary, contrasted, cost
from tracker.intake.cues import LEAVING
from tracker.intake.normalise import fold
from tracker.intake.place_roles import apposition

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


def nearest_cue(words, mention, cues, text, offset):
    """The cue closest to a mention, clause boundaries counted as far.

    A "kept" cue counts only within a clause of the mention: "a small deployment compared
    to its air base and naval facility, both of which it is expected to maintain" keeps
    the bases, not the airport named before the comma.
    """
    def distance(cue):
        anchor = cue.first if cue.first > mention.last else cue.last
        return cost(words, text, offset, anchor, mention.first)
    near = [cue for cue in cues if cue.kind not in ("kept", "wish") or distance(cue) < 2 * CLAUSE_COST]
    own = [c for c in near if not contrasted(words, c.first, c.last, mention.first, mention.last)]
    # A contrast clause keeps its own cue; where it has none, a leaving word of the other
    # clause still does not cross "but" ("pulls back from the front line, but keeps ...").
    near = own or [c for c in near if not (
        (c.status in LEAVING or c.kind == "transfer")
        and contrasted(words, c.first, c.last, mention.first, mention.last, BUT))]
    if not mention.is_stored:  # a town takes only a cue of its own clause, or its apposition's
        span = apposition(words, mention, text, offset) or range(0)
        near = [cue for cue in near if distance(cue) < CLAUSE_COST or (
            cue.first in span and cue.last in span)]
    return min(near, key=distance) if near else None


def kept_of_clause(words, mention, cues, text, offset):
    """The kept cue of a mention's own clause, or of a relative clause opening right after it
    ("moving it to Hmeimim, which Moscow will keep"), or None."""
    def distance(cue):
        anchor = cue.first if cue.first > mention.last else cue.last
        return cost(words, text, offset, anchor, mention.first)
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
    return min(dates, key=lambda d: cost(words, text, offset, d.first, cue.first))


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
        PARTICIPLE.match(words[i].core) and boundary(text, offset, words[i - 1].end, words[i].start)
        for i in range(cue.last + 1, date.first))


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
                           and cost(words, text, offset, mention.last, own.first) > CLAUSE_COST)
