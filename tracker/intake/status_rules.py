"""The status a place gets from the cue it attached to and the part it plays in it
(a move's source, its destination, the place of a cue), and the sentence-level facts
that decide it: an evacuation out of the country, a move of reinforcements, a handover
by the operator."""

import re

from tracker.intake.reading import operator_named

AGENT_REACH = 4  # words either side of a handover word that name who handed over


def handed_by_operator(words, cue):
    """Whether the operator is named beside a handover word: "Russian points were handed
    over", "سلمت القوات الروسية". "The airport was handed to Damascus" (by the SDF) is not
    the operator's handover."""
    return operator_named(words[max(0, cue.first - AGENT_REACH):cue.last + 1 + AGENT_REACH])


# A move out of the country: "evacuates equipment from Syria", "челночное движение из Сирии",
# "إجلاء ... من سوريا", "لنقله خارج سوريا".
OUT_OF_COUNTRY = re.compile(r"(?<!\w)(?:(?:from|out of) (?:syria|the country)|из (?:сирии|страны)|"
                            r"من سوريا|من سوريه|خارج سوريا|خارج سوريه|خارج البلاد|مغادره سوريا|"
                            r"مغادره سوريه)(?!\w)")
# English verbs by their forms, not bare stems: "taking control" or "movement" is no
# evacuation, "taking equipment out" and "moved" are.
EVACUATION = re.compile(r"(?<!\w)(?:evacuat\w*|withdraw\w*|pull\w* out|эвакуа\w*|эвакуир\w*|вывод\w*|"
                        r"вывоз\w*|вывез\w*|челночн\w*|اجلاء|اخلاء|سحب\w*|انسحاب\w*|ترحيل|نقل|تنقل|"
                        r"مغادره|(?:take|takes|taken|taking|took) (?:\w+ ){0,3}?(?:out|away)|"
                        r"(?:move|moves|moved|moving)|(?:ship|ships|shipped|shipping)|"
                        r"(?:transport|transports|transported|transporting))(?!\w)")


def tells_of_leaving_country(words, previous):
    """Whether the sentence, or the one before, tells of forces or equipment taken out of the
    country: then a base they are moved to is where the evacuation gathers, not a gain."""
    line = " ".join(t.core for t in list(previous) + list(words))
    return OUT_OF_COUNTRY.search(line) is not None and EVACUATION.search(line) is not None


def status_for(cue, part, cues, leaving_country=False, words=None):
    """(status, reason) for a place playing `part` in a cue, or None for no proposal."""
    if part == "reference" or cue.kind == "wish":
        return None  # a wish or plan to keep is no status (README, "Report intake")
    if cue.kind == "gather":
        # Forces or ships gathering at a place: where an evacuation gathers when the report
        # tells of the force leaving the country (or the sentence of an evacuation from no
        # place it names), otherwise no status of its own.
        if leaving_country and part in ("place", "destination"):
            return "withdrawing", "names it as where forces gather to be taken out of the country"
        return None
    if cue.kind == "kept":
        return "active", "says the force stays"
    if cue.kind == "present":
        return "active", "says the force is there and using it"
    if cue.kind == "denial":
        return "active", "says no reinforcement came: the force is there as it was"
    reinforcing = moves_reinforcements(cue, cues, words)
    if leaving_country and not reinforcing and cue.kind == "transfer" and part in ("destination", "place"):
        # Columns moved into a base while the report tells of the force leaving the country:
        # the base is where the evacuation gathers (README, "Report intake").
        return "withdrawing", "names it as where forces gather to be taken out of the country"
    if part == "destination" and cue.kind == "change" and ARRIVING.match(cue.text.lower()):
        # A plane landing at a base to take its equipment out ("هبوط طائرة شحن إلى القاعدة
        # بغية نقل المعدات"): the base it comes to is the one being left.
        return cue.status, "names it as where aircraft came to take the force out"
    if part == "destination":
        # Where a force or its equipment went is not reinforced by the move alone: a
        # withdrawal seen from its other end (README, "Report intake"). Only a word for
        # reinforcements or a deployment makes it so.
        return ("reinforced", "names it as where reinforcements were sent") if reinforcing else None
    if part == "source" and reinforcing:
        return None  # where reinforcements came from is not reinforced, nor left
    if part == "place" and reinforcing and cue.kind == "transfer":
        # Russian "на аэродром" is "to" as often as "on": a move of reinforcements names
        # its origin after "с"/"из", so its other place is where they went.
        return "reinforced", "names it as where reinforcements were sent"
    if cue.kind == "transfer":
        return ("withdrawing", "moves forces or equipment away from it") if part == "source" else None
    return cue.status, "is the sentence's word for what happened there"


# The words that begin an "arriving to take out" cue (`tracker.intake.cues`).
ARRIVING = re.compile(r"(?:arriv|landed|sent|dispatched|flown in|flew in|وصل|هبط|هبوط|حط|ارسل|"
                      r"прибыл|прилетел|приземлил|направлен|отправлен)")

REINFORCEMENT_OBJECT = 4  # words after a move word that its object ("reinforcements") may take


def moves_reinforcements(cue, cues, words=None):
    """Whether a cue is a reinforcement, or a move of reinforcements, its object or its
    subject ("نقلت طائرات روسية تعزيزات", "moved reinforcements", "additional forces have been
    transferred", "перебросила подкрепления")."""
    if cue.status == "reinforced":
        return True
    return cue.kind == "transfer" and any(
        other.status == "reinforced" and (0 < other.first - cue.last <= REINFORCEMENT_OBJECT
                                          or 0 < cue.first - other.last <= REINFORCEMENT_OBJECT
                                          or _relative_subject(words, other, cue, cues))
        for other in cues)


# Relative pronouns that open a clause about the noun before them.
RELATIVES = {"that", "which", "who", "التي", "الذي", "اللتي", "الذين", "اللواتي", "которые", "который",
             "которая", "которое", "которых"}


def _relative_subject(words, reinforcement, cue, cues):
    """Whether a reinforcement noun is the move's subject across a relative clause about it,
    with no other cue between: "التعزيزات التي وصلت إلى مطار القامشلي جرى نقلها من قاعدة
    حميميم", "the reinforcements that reached Qamishli were moved from Hmeimim"."""
    if words is None or not reinforcement.last + 1 < cue.first:
        return False
    pronoun = words[reinforcement.last + 1]
    if not {pronoun.core, *pronoun.forms} & RELATIVES:
        return False
    return not any(reinforcement.last < c.first < cue.first for c in cues if c is not cue)


LEAVING_OR_MOVING = ("withdrawn", "withdrawing")
