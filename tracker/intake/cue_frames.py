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

from tracker.intake.status_words import LEAVING

DENIALS = re.compile(r"(?<!\w)(?:denied|denies|deny|denying|dismissed|refuted|rejected|"
                     r"نفت|نفي|ينفي|تنفي|نفوا|ونفت|ونفي|"
                     r"опроверг\w*|опроверга\w*|отверг\w*|отрица\w*|опровержени\w*)(?!\w)")
DENIAL_REACH = 14  # words before a leaving word that the verb denying its report reaches
# Words that open a clause of its own after the denial ("denied reports of damage, but the
# ships left Tartus"): a leaving word after them is no part of what was denied.
CONTRASTS = re.compile(r"(?<!\w)(?:but|however|yet|while|whereas|although|لكن|ولكن|لكنه|لكنها|غير ان|"
                       r"بينما|في حين|но|однако|тогда как|хотя)(?!\w)")
RELATIONS = re.compile(r"^(?:(?:bilateral |military |economic )?(?:cooperation|ties|relations|"
                       r"relationship|dialogue|partnership|coordination)|(?:ال)?(?:تعاون|علاقات|"
                       r"العلاقات|التعاون|التنسيق|تنسيق|شراكه|الشراكه|الحوار|حوار)|"
                       r"(?:сотрудничеств\w*|отношени\w*|связ\w*|диалог\w*|партн[её]рств\w*))(?!\w)")


def denied(cue, words, line, starts):
    """A leaving cue after a verb of denial as a kept one, with the verb as its negation;
    other cues as they are."""
    if cue.status not in LEAVING or cue.kind == "kept":
        return cue
    window = line[starts[max(0, cue.first - DENIAL_REACH)]:starts[cue.first]]
    match = DENIALS.search(window)
    if match is None or CONTRASTS.search(window, match.end()):
        return cue
    kept = type(cue)("active", "kept", cue.first, cue.last, cue.text, cue.hedged)
    kept.negation = match.group(0)
    return kept


def of_relations(cue, line, starts):
    """None for a reinforcing cue whose object is a relation ("تعزيز التعاون"), else the cue."""
    if cue.status != "reinforced" or cue.last + 1 >= len(starts):
        return cue
    return None if RELATIONS.match(line[starts[cue.last + 1]:]) else cue
