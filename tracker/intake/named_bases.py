"""A stored facility the report names with no word of a change: the force is there.

"У России в Сирии есть авиабаза Хмеймим и пункт ... в Тартусе", "Russian servicemen are
at the naval base in Tartus and the Hmeimim air base", "قاعدة حميميم الجوية وميناء طرطوس
البحري، اللذين يمثلان ركيزتين أساسيتين للوجود العسكري الروسي": a report that names a
stored facility in a sentence of its own present, with no cue of any kind, speaks of it
as it stands. The place is proposed `active` at the report's date, at a low confidence
and saying why, unless the report proposes something else for it, or that sentence
- frames the place's future ("the fate of", "whether", "if", "may", "will", "plans"): an
  open question or a plan is no entry;
- gives a date or a year of its own ("since 2019", "in 2017"): background, not the
  report's day;
- tells of a visit, or of a departure or a move the cues do not read (a plane taking
  off, "направились колонной ... к порту в Тартусе", "ستتجه"): the place is then where
  someone goes or comes from, no entry of its own;
- is about an agreement, a lease or a contract (the Tartus port's investment contract is
  the commercial port's, not the force's);
- denies ("cannot enter the base");
- names it as where something goes or comes from, or as a landmark (`place_roles`).
"""

import re

from tracker.intake import place_roles, proposals
from tracker.intake.consistency import Candidate
from tracker.intake.cue_readings import Cue
from tracker.intake.dates import find_dates
from tracker.intake.reading import operator_named, published_on

CONFIDENCE = 0.3
# Words that make the sentence about what may become of the place, by folded core or stem.
OPEN = {"fate", "future", "whether", "if", "unless", "condition", "conditions", "may", "might",
        "could", "would", "will", "question", "uncertain", "unclear", "possible", "possibly",
        "plan", "plans", "planned", "planning", "seek", "seeks", "seeking", "hope", "hopes",
        "want", "wants", "intend", "intends", "discuss", "discussed",
        "مصير", "مستقبل", "هل", "اذا", "شرط", "غامض", "غامضا", "مجهول", "قد", "ربما",
        "تسعي", "يسعي", "خطه", "تريد", "يريد", "تعتزم", "يعتزم", "مفاوضات",
        "ли", "если", "может", "могут", "будет", "будут", "вопрос", "неясно", "неизвестно"}
OPEN_STEMS = ("судьб", "будущ", "услови", "возможн", "планир", "намерен", "стрем", "неопредел",
              "сохранит", "останет", "обсужд", "переговор")
# A visit, a departure or a move the cues did not read, an agreement or a denial: by stem
# of the folded word, and the short words whole.
ASIDE_STEMS = (
    "visit", "tour", "depart", "left", "leav", "mov", "transfer", "relocat", "head", "redeploy", "sent",
    "send", "dispatch", "evacuat", "flown", "agreement", "contract", "lease", "treaty", "cannot",
    "unable", "never",
    "زار", "زياره", "غادر", "مغادر", "نقل", "تتجه", "يتجه", "ستتجه", "سيتجه", "متجه", "متوجه", "توجه",
    "اتفاق", "عقد", "تستاجر", "يستاجر", "استيجار", "ايجار",
    "посет", "визит", "покин", "ушл", "вылет", "переброс", "перебаз", "направ", "перевез",
    "перемещ", "передислоц", "эвакуир", "отправ", "договор", "соглашен", "контракт", "аренд")
ASIDE_WORDS = {"not", "no", "deal", "لا", "لم", "لن", "не", "нет", "ни"}
YEAR = re.compile(r"(?:19|20)\d\d$")


def _open(words):
    return any(t.core in OPEN or t.core.startswith(OPEN_STEMS) for t in words)


def _aside(words):
    """A visit, a move, an agreement, a denial or a year in the sentence."""
    return any(t.core in ASIDE_WORDS or t.core.startswith(ASIDE_STEMS) or YEAR.match(t.core)
               for t in words)


def note(reading, sentence, words, mentions):
    """Remember the stored places a sentence with no cue names as a place of its own."""
    text, start = reading.report.text, sentence.start
    if _open(words) or _aside(words):
        return
    if find_dates(words, reading.report.language, published_on(reading.report)):
        return
    for mention in mentions:
        if mention.is_stored and place_roles.role(words, mention, text, start)[0] == "place" \
                and not place_roles.is_dateline(words, mention, text, start):
            reading.named_plainly.append((sentence, words, mention))


def proposed(reading, covered):
    """Active Candidates for the places noted, one a place, that no proposal covers."""
    made, seen = [], set(covered)
    for sentence, words, mention in reading.named_plainly:
        if mention.place.facility in seen or mention.place.key in reading.kept_places:
            continue
        seen.add(mention.place.facility)
        cue = Cue("active", "named", mention.first, mention.last, mention.text, False)
        proposal = proposals.build(reading.report, sentence, mention, cue, None, "active", reading.grade,
                                   operator_named(words) or operator_named(reading.previous),
                                   "is named as it stands, with no word of a change",
                                   reading.country)
        proposal["confidence"] = CONFIDENCE
        made.append(Candidate(proposal, mention.place.key, cue, False))
    return made
