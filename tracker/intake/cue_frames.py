"""What the words around a cue make of it, beyond a negation: a leaving word the sentence
denies as a report, and a reinforcing word whose object is a relation, not a force.

- A leaving word after a verb of denial ("sources denied reports of an evacuation of the
  airport", "ونفت المصادر ... صحة ما تداولته ... بشأن إخلاء القوات الروسية لمطار القامشلي",
  "опроверг сообщения о выводе") is the rumour the report rejects: the force stays, a kept
  cue, so the place is never proposed as left.
- A leaving word right after "in contrast to", "unlike" ("على النقيض من هذا الانسحاب",
  "بخلاف", "в отличие от") that names no place it leaves just after it is what the sentence
  sets its places against: no cue, so "in contrast to this withdrawal, Russia is expected
  to keep ... its air base in Hmeimim" does not leave Hmeimim.
- A leaving word after a word of signs that the sentence says are not there ("признаков
  полного вывода контингента ... не наблюдается", "لا توجد مؤشرات على انسحاب", "no signs
  of a withdrawal") says nothing left: no cue.
- A reinforcing word whose object is cooperation, ties or relations ("تعزيز التعاون بين سوريا
  وروسيا", "strengthening ties", "укрепление сотрудничества") is diplomacy: no cue.

Matched on the folded word cores of `tracker.intake.folded_lines.folded_line`.
"""

import re

from tracker.intake.clauses import contrast_between
from tracker.intake.folded_lines import word_at, word_start
from tracker.intake.status_words import LEAVING
from tracker.intake.vessels import ARABIC_LETTER, ARABIC_SUBJECT

DENIALS = re.compile(r"(?<!\w)(?:denied|denies|deny|denying|dismissed|refuted|rejected|"
                     r"نفت|نفي|ينفي|تنفي|نفوا|ونفت|ونفي|"
                     r"опроверг\w*|опроверга\w*|отверг\w*|отрица\w*|опровержени\w*)(?!\w)")
CONTRASTED = re.compile(r"(?<!\w)(?:in contrast (?:to|with)|contrary to|unlike|(?:على|علي) (?:ال)?نقيض من|"
                        r"(?:ب|علي )?(?:ال)?عكس|بخلاف|خلافا ل\w*|в отличие от|в противоположность)"
                        r"(?: (?:the|this|these|that|هذا|هذه|ذلك|тот|этот|это\w*))?\s*$")
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


# Folded as the line is: "مؤشرات" is read "موشرات".
SIGNS = re.compile(r"(?<!\w)(?:signs?|indications?|evidence|признак\w*|свидетельств\w*|موشرات|موشر|دلائل|"
                   r"دليل|اشارات|علامات)(?!\w)")
NO_SIGNS = re.compile(r"(?<!\w)(?:no|not|none|нет|не|отсутству\w*|لا|ليس|ليست|لم)(?!\w)")
# Said after the signs, in Russian: "признаков вывода ... не наблюдается".
NOT_SEEN = re.compile(r"(?<!\w)(?:не (?:наблюда\w*|видно|замечено|зафиксирован\w*|отмеча\w*)|"
                      r"отсутству\w*)(?!\w)")
SIGNS_REACH = 3  # words before a leaving word that the word of signs it is the object of stands in
NOT_SEEN_REACH = 8  # words after the leaving word that "не наблюдается" may stand within


def unsigned(cue, line, starts):
    """None for a leaving cue whose signs the sentence says are not there, else the cue."""
    if cue.status not in LEAVING:
        return cue
    sign = SIGNS.search(line, starts[max(0, cue.first - SIGNS_REACH)], starts[cue.first])
    if sign is None:
        return cue
    before = starts[max(0, word_at(starts, sign.start()) - SIGNS_REACH)]
    after = word_start(line, starts, cue.last + NOT_SEEN_REACH)
    return None if NO_SIGNS.search(line, before, sign.start()) or NOT_SEEN.search(
        line, starts[cue.last], after) else cue


ORIGIN = re.compile(r"(?<!\w)(?:from|of|من|из|с|со)(?!\w)")
ORIGIN_REACH = 3  # words after a contrasted leaving word that may name where it leaves


def contrasted(cue, line, starts):
    """None for a leaving cue right after "in contrast to", "unlike" and the like that names
    no place it leaves just after it ("على النقيض من هذا الانسحاب في الشمال الشرقي"), else the
    cue: "unlike the withdrawal from Qamishli airport" still leaves Qamishli."""
    if cue.status not in LEAVING or not CONTRASTED.search(line, 0, max(0, starts[cue.first] - 1)):
        return cue
    end = word_start(line, starts, cue.last + 1 + ORIGIN_REACH)
    begin = word_start(line, starts, cue.last + 1)
    return cue if ORIGIN.search(line, begin, end) else None


# Another country's forces as what deploys: "قوات تابعة لوزارة الدفاع السورية نشرت قناصة في
# القرى المحيطة بقاعدة حميميم", "Syrian government forces deployed around the base",
# "сирийские силы развернули посты у базы" (folded words).
OTHER_FORCE = re.compile(r"(?<!\w)(?:syrian|turkish|kurdish|american|us|iranian|israeli|government|"
                         r"سوريه|السوريه|تركيه|التركيه|كرديه|الكرديه|امريكيه|الامريكيه|ايرانيه|حكوميه|الحكوميه|"
                         r"سوري|تركي|امريكي|"
                         r"сирииск\w*|турецк\w*|курдск\w*|американск\w*|иранск\w*|правительствен\w*)(?!\w)")
RUSSIAN = re.compile(r"(?<!\w)(?:russia\w*|moscow|kremlin|روسيا|روسي\w*|الروس\w*|موسكو|росси\w*|москв\w*|"
                     r"кремл\w*|рф)(?!\w)")
DEPLOYER_REACH = 6  # words before a reinforcing cue that hold who deploys (and, after an
# Arabic verb, vessels.ARABIC_SUBJECT words after it)


def by_other_force(cue, line, starts):
    """None for a reinforcing cue whose subject, just before it, is another country's force
    and names no Russian one (the Syrian ministry's snipers around Hmeimim are not Russia
    reinforcing it), else the cue."""
    if cue.status != "reinforced":
        return cue
    subject = line[starts[max(0, cue.first - DEPLOYER_REACH)]:starts[cue.first]]
    if ARABIC_LETTER.match(line, starts[cue.first]):  # and after an Arabic verb: "نشرت القوات السورية"
        subject += " " + line[starts[cue.first]:word_start(line, starts, cue.last + 1 + ARABIC_SUBJECT)]
    return None if OTHER_FORCE.search(subject) and not RUSSIAN.search(subject) else cue


# A leaving word a demand or a purpose governs: "demanded the immediate withdrawal of Russian
# forces", "переговоры о том, чтобы российские силы покинули аэродром", "русских попросят
# уйти", "طالبت بانسحاب القوات الروسية": asked for, not done, so no cue.
DEMANDS = re.compile(r"(?<!\w)(?:demand\w*|request\w*|urg(?:e|es|ed|ing)|calls? for|called for|"
                     r"so that|طالب\w*|يطالب\w*|تطالب\w*|مطالب\w*|دعت الي|دعا الي|يدعو الي|تدعو الي|لكي|"
                     r"чтобы|потребова\w*|требу\w*|требовани\w*|попрос\w*|проси\w*|призва\w*|призыва\w*)(?!\w)")
DEMAND_REACH = 4  # words before a leaving word that the demand governing it stands within


def demanded(cue, line, starts):
    """None for a leaving cue a demand or purpose governs, else the cue."""
    if cue.status not in LEAVING or cue.kind not in ("change", "transfer"):
        return cue
    before = line[starts[max(0, cue.first - DEMAND_REACH)]:starts[cue.first]]
    return None if DEMANDS.search(before) else cue


def of_relations(cue, line, starts):
    """None for a reinforcing cue whose object is a relation ("تعزيز التعاون"), else the cue."""
    if cue.status != "reinforced" or cue.last + 1 >= len(starts):
        return cue
    return None if RELATIONS.match(line[starts[cue.last + 1]:]) else cue
