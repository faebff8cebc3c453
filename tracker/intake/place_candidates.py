"""The Candidates one place of a sentence gets: from the cue it attached to, and from a
kept or leaving cue of its sentence beside it, so the report-level rules can weigh them."""

import re

from tracker.intake import attach, proposals
from tracker.intake.carried_cues import note_recent
from tracker.intake.consistency import LEAVING, Candidate
from tracker.intake.civilians import by_civilians, of_civilians
from tracker.intake.exceptions import excepted
from tracker.intake.reading import published_on, recap
from tracker.intake.status_rules import LEAVING_OR_MOVING, handed_by_operator, status_for
from tracker.intake.town_frames import in_countryside
from tracker.intake.unlisted import Unlisted


# A port seen empty ("the Tartus naval base appeared empty", "بدت خالية") is one its ships
# have left, as the images that show it empty show the fleet anchored off the coast: reduced,
# where an airbase seen empty is left.
EMPTY = re.compile(r"empty|deserted|خالي|فارغ|пуст")


def place_candidates(reading, said, mention, part, introduced, cue):
    """The Candidates one place of a sentence gets from its cue (and a kept or leaving cue of
    its clause beside it)."""
    report, sentence, words, cues = reading.report, said.sentence, said.words, said.cues
    out = said.leaving_country or (cue is not None and cue.kind == "gather" and (
        reading.out_of_country or evacuating(cues, said.roles)))
    decided = status_for(cue, part, cues, out, words) if cue else None
    if decided and decided[0] in LEAVING_OR_MOVING + ("reduced",) and excepted(
            words, mention, cue, report.text, sentence.start):
        decided = ("active", "is excepted from the withdrawal the sentence tells of")
    if decided and decided[0] in LEAVING_OR_MOVING and (of_civilians(words, cue, report.text, sentence.start)
                                                        or by_civilians(words, cue, report.text, sentence.start)):
        decided = None  # civilians flown out of, or leaving, a base are not the force leaving it
    if decided and decided[0] == "withdrawn" and EMPTY.search(cue.text.lower()) and \
            reading.kinds.get(mention.place.facility) == "naval_base":
        decided = ("reduced", "says the port looks empty: its ships are gone")
    note_recent(reading, sentence, mention, cue, decided, part)
    made = []
    if cue is not None and cue.kind not in ("kept", "wish"):
        # A kept cue of the place's clause, though another cue is nearer ("moving it to
        # Hmeimim, which Moscow will keep"): its candidate too, so the report-level rule
        # that a kept place is never proposed as left holds (README, "Report intake").
        made.extend(kept_too(reading, sentence, words, mention, cues, said.dates, said.operator))
    if cue is not None and cue.kind == "present":
        # A present cue nearer the place than a leaving one of the same sentence ("ships
        # have docked at Tartus, ... an evacuation of the facility has begun"): both are
        # proposed, and the report-level rules let the leaving one win.
        made.extend(leaving_too(reading, sentence, words, mention, part, cues, said.dates,
                                 said.operator, said.leaving_country))
    if decided and decided[0] == "handed_over" and not handed_by_operator(words, cue):
        return made
    if decided is None or (not mention.is_stored and not (
            said.operator and introduced and decided[0] in LEAVING)):
        return made
    if not mention.is_stored and not isinstance(mention.place, Unlisted) and in_countryside(words, mention):
        return made  # "positions in the countryside of Idlib": not the town (a hill near it is)
    found = attach.nearest_date(words, cue, said.dates, report.text, sentence.start)
    if recap(found, published_on(report)):
        return made  # "ships began leaving Tartus in 2024", in a 2026 report: background
    proposal = proposals.build(report, sentence, mention, cue, found, decided[0], reading.grade,
                               said.operator, decided[1], reading.country)
    moved_from = said.origins - {mention.place.key} if part == "destination" else ()
    made.append(Candidate(proposal, mention.place.key, cue, found is not None, moved_from))
    return made


def evacuating(cues, roles):
    """Whether a sentence tells of an evacuation that leaves no place it names ("ships to
    carry out the equipment gathered in the port during the withdrawal from the rest of
    Syria"): a place where forces "amassed" after leaving a named place is not left."""
    return (any(c.kind == "change" and c.status == "withdrawing" for c in cues)
            and not any(part == "source" for part, _ in roles))


def kept_too(reading, sentence, words, mention, cues, dates, operator):
    """The Candidate a stored place gets from a kept cue of its own clause, or of a relative
    clause right after it, beside a nearer cue."""
    report = reading.report
    kept = [c for c in cues if c.kind in ("kept", "wish")]
    if not kept or not mention.is_stored:
        return []
    cue = attach.kept_of_clause(words, mention, kept, report.text, sentence.start)
    if cue is None:
        return []
    if cue.kind == "wish":
        reading.kept_places.add(mention.place.key)  # no status, but never proposed as left
        return []
    found = attach.nearest_date(words, cue, dates, report.text, sentence.start)
    status, reason = status_for(cue, "place", cues)
    proposal = proposals.build(report, sentence, mention, cue, found, status, reading.grade,
                               operator, reason, reading.country)
    return [Candidate(proposal, mention.place.key, cue, found is not None)]


def leaving_too(reading, sentence, words, mention, part, cues, dates, operator, leaving_country):
    """The Candidate a place gets from the nearest leaving cue of its sentence, beside the
    present cue it attached to (`tracker.intake.consistency` sets the present one aside)."""
    report = reading.report
    leaving = [c for c in cues if c.kind in ("change", "transfer") and c.status in LEAVING_OR_MOVING]
    if not leaving or not mention.is_stored:
        return []
    cue = attach.nearest_cue(words, mention, leaving, report.text, sentence.start)
    decided = status_for(cue, part, cues, leaving_country, words) if cue else None
    if decided is None or decided[0] not in LEAVING_OR_MOVING:
        return []
    found = attach.nearest_date(words, cue, dates, report.text, sentence.start)
    if recap(found, published_on(report)):
        return []
    proposal = proposals.build(report, sentence, mention, cue, found, decided[0], reading.grade,
                               operator, decided[1], reading.country)
    return [Candidate(proposal, mention.place.key, cue, found is not None)]
