"""Whether a withdrawal is said to be partial or complete.

"The base has been largely evacuated" says the force is still leaving, not gone: a
withdrawn cue with a partial qualifier beside it ("largely", "mostly", "almost", "part of";
بشكل كبير، إلى حد كبير، جزئيا، معظم، جزءا من; в основном, почти, частично, часть) is read as
withdrawing. A withdrawn cue whose object is equipment ("withdrew tanks and vehicles from the airport",
سحبت معدات, вывезли технику) is read as withdrawing too, unless complete. A complete one ("fully", "the last", "empty"; بالكامل، استكملت، آخر;
полностью, завершила, последний) lets a withdrawn sentence stand beside a withdrawing one
of the same report and date (see `tracker.intake.consistency`).

Patterns are matched against the folded line of `tracker.intake.folded_lines.folded_line`.
"""

import re

from tracker.intake.dates import RELATIVE, WEEKDAYS
from tracker.intake.folded_lines import word_start

PARTIAL = (r"largely|mostly|partly|partially|partial|almost|nearly|most of|much of|in part|part of|"
           r"some of|جزءا من|جزء من|بعض|часть|част\w+ (?:сил|воиск|подразделени\w*|контингент\w*)|"
           r"بشكل كبير|الي حد كبير|حد كبير|جزييا|جزيي|جزييه|بشكل شبه|شبه كامل|شبه تام|شبه خاليه|"
           r"معظم|اغلب|غالبيه|"
           r"в основном|почти|частично|частичн\w+|большеи частью|большую часть|большая часть|"
           r"значительн\w+ част\w+")
COMPLETE = (r"fully|completely|entirely|totally|complete|completed|completion|empty|devoid|the last|"
            r"last (?:\w+ )?(?:plane|aircraft|soldiers?|troops?|convoy|units?|forces|ships?|vessels?)|"
            r"no longer|كامل|تام|تماما|كليا|جميع|كافه|اخر|اكمل\w*|استكمل\w*|انهت|انهي|خاليه|"
            r"اكتمال|полностью|окончательно|завершил\w*|завершен\w*|последн\w*|опустел\w*|"
            r"все\w* (?:военн\w*|воиск\w*|подразделени\w*|сил\w*)")
# Equipment as the object of a leaving verb: "withdrew tanks and vehicles from the airport",
# "سحبت معدات", "вывезли технику". Taking equipment out says the force is going, not gone.
EQUIPMENT = (r"(?:\w+ )?(?:tanks?|vehicles|equipment|weapons|hardware|arms|artillery|armou?r|gear|materiel|"
             r"helicopters|aircraft|معدات|معداتها|اليات|الياتها|اسلحه|سلاح|مدرعات|دبابات|عتاد|"
             r"техник\w*|вооружени\w*|оборудовани\w*|имуществ\w*)")
EQUIPMENT_RE = re.compile(rf"(?:{EQUIPMENT})(?!\w)")
PARTIAL_RE = re.compile(rf"(?<!\w)(?:{PARTIAL})(?!\w)")
COMPLETE_RE = re.compile(rf"(?<!\w)(?:{COMPLETE})(?!\w)")
BEFORE, AFTER = 3, 6  # words before and after a cue that a qualifier reaches (Arabic puts
# it after the object: "أخلت القوات الروسية قاعدتها في القامشلي بشكل كبير")


def _near(pattern, line, starts, first, last):
    """The first match of `pattern` that starts within BEFORE words before a cue's words
    [first, last] and AFTER words after them (it may run on past the window)."""
    start = starts[max(0, first - BEFORE)]
    end_word = last + AFTER + 1
    end = word_start(line, starts, end_word)
    match = pattern.search(line, start)
    return match if match and match.start() < end else None


def partial(line, starts, first, last):
    """The match of a partial qualifier near a cue's words [first, last], or None."""
    return _near(PARTIAL_RE, line, starts, first, last)


def complete(line, starts, first, last):
    """Whether a completion word stands near (or in) a cue's words [first, last]."""
    return _near(COMPLETE_RE, line, starts, first, last) is not None


OBJECT_REACH = 2  # words after a cue where its object starts (one word may come first)


# A time a verb's object may stand after: "سحبت أمس السبت معدات", "withdrew on Tuesday
# tanks", "вывели в субботу технику" (the subject or a place between is not skipped:
# "سحبت روسيا قوات ومعدات" is the force leaving).
_TIME_WORDS = "|".join(list(WEEKDAYS.values()) + [pattern for _, pattern in RELATIVE])
BEFORE_OBJECT = re.compile(rf"(?:(?:on|في|в|во|(?:{_TIME_WORDS})) ){{0,3}}")


def of_equipment(line, starts, last):
    """Whether the object after a cue's last word, a time word or two set aside, is
    equipment ("withdrew tanks", "سحبت أمس السبت معدات")."""
    after = last + 1
    if after >= len(starts):
        return False
    time = BEFORE_OBJECT.match(line, starts[after])
    return EQUIPMENT_RE.match(line, time.end()) is not None


PASSIVE_REACH = 3  # words before a participle that hold its subject
# A cue of being gone from a place: its subject may be equipment as well as the force.
GONE = re.compile(r"no longer|(?:missing|gone|absent|vanished|disappeared) from|больше не|"
                  r"(?:و|ف)?(?:لم|ما) (?:تعد|يعد)")


def equipment_subject(line, starts, first):
    """Whether a cue is a participle whose subject just before it is equipment ("military
    gear reportedly evacuated from the port"): the gear is going, the base not left."""
    return any(EQUIPMENT_RE.match(line, starts[i]) for i in range(max(0, first - PASSIVE_REACH), first))
