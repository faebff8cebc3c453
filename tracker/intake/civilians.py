"""An evacuation of people who are not the force: "hubs for evacuating Russian nationals",
"إجلاء للرعايا الروس", "эвакуация мирных жителей", or such people leaving ("a few Alawites
have left the base"). Civilians or diplomats flown out of, sheltered at or leaving a base
are not the force leaving it, so such a cue makes no base withdrawing (the convention the
eighteenth set settled, BENCHMARKS.md)."""

from tracker.intake.clauses import boundary
from tracker.intake.normalise import fold

# Folded as the text is (`tracker.intake.normalise.fold`: "لاجئين" is read "لاجيين").
CIVILIANS = {fold(word) for word in (
             "civilians", "nationals", "citizens", "diplomats", "residents", "refugees",
             "people", "families", "alawites", "locals", "villagers", "displaced",
             "رعايا", "مدنيين", "مدنيون", "مدنيا", "مواطنين", "دبلوماسيين", "لاجئين", "لاجئون",
             "لاجئا", "نازحين", "نازحون", "نازحا", "اشخاص", "عائلات", "علويين", "علويون", "اهالي", "سكان",
             "граждан", "гражданских", "дипломатов", "беженцев", "мирных", "жителеи", "жители",
             "беженцы", "люди", "людеи", "семьи", "алавиты", "алавитов")}
# The force listed with them makes it the force's evacuation after all: "эвакуацией российских
# граждан, офицеров и военнослужащих, а также военной техники".
FORCE = {"troops", "soldiers", "officers", "personnel", "servicemen", "equipment", "military",
         "جنود", "عسكريين", "ضباط", "معدات", "قوات", "اليات", "وحدات",
         "офицеров", "военнослужащих", "военных", "техники", "войск", "вооружения"}
# Staff are diplomats where an embassy is theirs: "the withdrawal of some staff from the
# Russian embassy in Damascus" (staff alone may be a headquarters' officers).
STAFF = {"staff", "employees", "personnel", "موظفي", "موظفين", "сотрудников"}
EMBASSY = {"embassy", "السفاره", "سفاره", "посольства", "посольство"}
OBJECT_REACH = 2  # words after an evacuation word its object may stand at ("of the")
SUBJECT_REACH = 4  # words before a leaving word (after it, in Arabic) its subject may stand at
LIST_REACH = 8  # words after the cue a list of what is evacuated may run to


def _clause_words(words, first, reach, text, offset):
    """words[first:first + reach], cut at the first clause boundary between two of them:
    "evacuating the airport, residents said" does not evacuate the residents."""
    out = []
    for i in range(first, min(len(words), first + reach)):
        if i > first and boundary(text, offset, words[i - 1].end, words[i].start):
            break
        out.append(words[i])
    return out


def named(word, among):
    """Whether a Token's core or one of its folded forms is among the words given."""
    return word.core in among or any(f in among for f in word.forms)


def of_civilians(words, cue, text, offset):
    """Whether the words right after a cue, in its clause, name civilians, and no force, as
    what is evacuated (`offset`: where the sentence of `words` starts in `text`)."""
    after = _clause_words(words, cue.last + 1, OBJECT_REACH + 1, text, offset)
    listed = words[cue.last + 1:cue.last + 1 + LIST_REACH]
    if any(named(w, STAFF) for w in after) and any(named(w, EMBASSY) for w in listed):
        return True
    return any(named(w, CIVILIANS) for w in after) and not any(named(w, FORCE) for w in listed)


def by_civilians(words, cue, text, offset):
    """Whether the subject of a leaving cue, in its clause, is civilians and no force: "A few
    Alawites have left the base", "غادر المدنيون القاعدة", "беженцы покинули базу". The
    subject stands before the verb, or after it in Arabic."""
    start = cue.first
    while start > max(0, cue.first - SUBJECT_REACH) and not boundary(
            text, offset, words[start - 1].end, words[start].start):
        start -= 1
    subject = words[start:cue.first]
    if words[cue.first].script == "arabic":
        subject += _clause_words(words, cue.last + 1, SUBJECT_REACH, text, offset)
    return any(named(w, CIVILIANS) for w in subject) and not any(named(w, FORCE) for w in subject)
