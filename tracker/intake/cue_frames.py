"""What the words around a cue make of it, beyond a negation: a leaving word the sentence
denies as a report, and a reinforcing word whose object is a relation, not a force.

- A leaving word after a verb of denial ("sources denied reports of an evacuation of the
  airport", "ونفت المصادر ... صحة ما تداولته ... بشأن إخلاء القوات الروسية لمطار القامشلي",
  "опроверг сообщения о выводе") is the rumour the report rejects: the force stays, a kept
  cue, so the place is never proposed as left.
- A reinforcing word whose object is cooperation, ties or relations ("تعزيز التعاون بين سوريا
  وروسيا", "strengthening ties", "укрепление сотрудничества") is diplomacy: no cue.

Matched on the folded word cores of `tracker.intake.folded_lines.folded_line`.
"""

import re

from tracker.intake.clauses import contrast_between
from tracker.intake.folded_lines import word_at
from tracker.intake.status_words import LEAVING

DENIALS = re.compile(r"(?<!\w)(?:denied|denies|deny|denying|dismissed|refuted|rejected|"
                     r"نفت|نفي|ينفي|تنفي|نفوا|ونفت|ونفي|"
                     r"опроверг\w*|опроверга\w*|отверг\w*|отрица\w*|опровержени\w*)(?!\w)")
DENIAL_REACH = 14  # words before a leaving word that the verb denying its report reaches
RELATIONS = re.compile(r"^(?:(?:bilateral |military |economic )?(?:cooperation|ties|relations|"
                       r"relationship|dialogue|partnership|coordination)|(?:ال)?(?:تعاون|علاقات|"
                       r"العلاقات|التعاون|التنسيق|تنسيق|شراكه|الشراكه|الحوار|حوار)|"
                       r"(?:сотрудничеств\w*|отношени\w*|связ\w*|диалог\w*|партн[её]рств\w*))(?!\w)")


def denied(cue, words, line, starts):
    """A leaving cue after a verb of denial as a kept one, with the verb as its negation;
    other cues as they are. A contrast that opens a clause of its own between them ("denied
    reports of damage, but the ships left Tartus") leaves the cue out of what was denied."""
    if cue.status not in LEAVING or cue.kind == "kept":
        return cue
    begin = starts[max(0, cue.first - DENIAL_REACH)]
    match = DENIALS.search(line, begin, starts[cue.first])
    if match is None or contrast_between(words, word_at(starts, match.start()), cue.first - 1):
        return cue
    kept = type(cue)("active", "kept", cue.first, cue.last, cue.text, cue.hedged)
    kept.negation = match.group(0)
    return kept


def of_relations(cue, line, starts):
    """None for a reinforcing cue whose object is a relation ("تعزيز التعاون"), else the cue."""
    if cue.status != "reinforced" or cue.last + 1 >= len(starts):
        return cue
    return None if RELATIONS.match(line[starts[cue.last + 1]:]) else cue
