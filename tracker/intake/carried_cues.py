"""Cues across sentences: a cue of a sentence that names no place given to the stored
places of the sentence after (or of the sentences before, for a departure), and a kept
cue on unnamed bases given to the bases named next (README, "Report intake", *Cues
across sentences*)."""

from tracker.intake import place_roles, proposals
from tracker.intake.consistency import LEAVING, Candidate
from tracker.intake.dates import find_dates
from tracker.intake.reading import operator_named, published_on, recap
from tracker.intake.status_rules import status_for
from tracker.intake.unnamed_bases import REACH, kept_of_unnamed_bases


def carried_forward(reading, sentence, words, mentions, cue, where=" (its word is in the sentence before)",
                    roles=("place",)):
    """Candidates for the stored facilities of a sentence without a cue, from the cue of the
    sentence before (which named no place). Leaving cues are not carried: a withdrawal is
    read only where its sentence names the place."""
    report = reading.report
    if cue.status != "active" or cue.kind == "denial":
        return []
    if cue.kind == "wish":
        # "Moscow wants to keep its bases. These are Tartus and Hmeimim": no status, but the
        # places are never proposed as left, as a wish said of them in their own sentence.
        reading.kept_places.update(m.place.key for m in mentions if m.is_stored)
        return []
    dates = find_dates(words, report.language, published_on(report))
    operator = operator_named(words) or operator_named(reading.previous)
    made = []
    for mention in mentions:
        if not mention.is_stored or place_roles.role(words, mention, report.text, sentence.start)[0] not in roles:
            continue
        found = dates[0] if len(dates) == 1 else None
        if recap(found, published_on(report)):
            continue
        status, reason = status_for(cue, "place", [cue])
        proposal = proposals.build(report, sentence, mention, cue, found, status, reading.grade,
                                   operator, reason + where,
                                   reading.country)
        made.append(Candidate(proposal, mention.place.key, cue, found is not None))
    return made


def kept_unnamed(reading, sentence, words, mentions):
    """Kept Candidates for the stored places of a sentence that names the bases a kept cue of
    it, or of one up to REACH sentences before, left unnamed ("not leaving its two main
    bases"; `tracker.intake.unnamed_bases`)."""
    cue = kept_of_unnamed_bases(words, reading.cues)
    text, start = reading.report.text, sentence.start
    mentions = [m for m in mentions if m.is_stored and not place_roles.is_dateline(words, m, text, start)]
    if cue is not None:
        reading.kept_unnamed = (reading.number, cue)
    pending = reading.kept_unnamed
    if pending is None or reading.number - pending[0] > REACH or not mentions:
        return []
    if pending[0] != reading.number:
        reading.kept_unnamed = None
    where = "" if pending[0] == reading.number else " (its word is in a sentence before)"
    # A kept base is still kept where the next sentence names it as a move's source
    # ("equipment readied for removal from the Hmeimim air base").
    return carried_forward(reading, sentence, words, mentions, pending[1], where, ("place", "source"))


def note_unworded(reading, sentence, words, mentions):
    """Remember the stored places a sentence with no cue names, for a departure after."""
    text, start = reading.report.text, sentence.start
    for mention in mentions:
        if mention.is_stored and place_roles.role(words, mention, text, start)[0] == "place":
            reading.recent.append((reading.number, sentence, mention))


CARRY_BACK = 3  # sentences naming no place that a departure may stand after its place's


def note_recent(reading, sentence, mention, cue, decided, part):
    """Remember a stored place its sentence gave no cue but a present or gathering one (not
    left, kept or an end of a move), for a departure said in the sentences after that name
    no place; note a wish to keep it."""
    if not mention.is_stored:
        return
    if cue is not None and cue.kind == "wish":
        reading.kept_places.add(mention.place.key)
    if part == "place" and (cue is None or cue.kind in ("present", "gather")) and (
            not decided or decided[0] not in LEAVING):
        reading.recent.append((reading.number, sentence, mention))


# A departure that says where it leaves from (`place_roles.SOURCE`: "withdrawal of the forces
# from positions in the north", "withdrawing its naval and military assets from Syria",
# "انسحاب القوات الروسية من مواقع") is of those places, not of the bases named before; so is
# one a demonstrative points back to ("this withdrawal", "هذا الانسحاب", "этот вывод").
FROM_REACH = 6  # words after a departure its "from" may stand within
DEMONSTRATIVES = {"this", "that", "هذا", "هذه", "ذلك", "تلك", "этот", "эта", "это", "этого",
                  "этим", "этом", "этои", "тот"}


def _with_origin(words, cue):
    return any(w.core in place_roles.SOURCE for w in words[cue.last + 1:cue.last + 1 + FROM_REACH]) or (
        cue.first > 0 and words[cue.first - 1].core in DEMONSTRATIVES)


def carried_back(reading, cues, words):
    """Candidates for the stored places of the last sentence that named any, read neither
    left nor kept there, from a sentence up to CARRY_BACK sentences later that names no
    place and says a departure is under way or coming ("Two Russian ships docked at Tartus.
    This may mean the start of an evacuation"; "A Ka-52 was being dismantled, likely in
    preparation for transport"; "تمهيدا لنقلها"): the departure is of those places; the
    report-level rules let it win over a present cue, a kept one wins over it, and a hedge
    lowers its confidence as anywhere (README, "Report intake", *Cues across sentences*)."""
    leaving = [c for c in cues if c.kind == "change" and c.status == "withdrawing"
               and not _with_origin(words, c)]
    recent = [(s, m) for n, s, m in reading.recent if reading.number - n <= CARRY_BACK]
    if not leaving or not recent:
        return []
    cue, report = leaving[0], reading.report
    operator = operator_named(reading.previous)
    made = []
    for sentence, mention in recent:
        proposal = proposals.build(report, sentence, mention, cue, None, "withdrawing", reading.grade,
                                   operator, "(the sentence after) says it is being left",
                                   reading.country)
        made.append(Candidate(proposal, mention.place.key, cue, False))
    return made
