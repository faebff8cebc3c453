"""Ships leaving a port are not the force leaving its base.

"Russian naval ships have left Moscow's base at Tartous" says the fleet sailed, not that
the base was given up: a withdrawal word whose subject or object is ships (ships,
vessels, frigates, the fleet; السفن، القطع البحرية، فرقاطات; корабли, суда, фрегаты,
флот) within a few words of it reads as `reduced`, even when all of them left ("all the
warships have left the base"): a port without ships is still a base, staffed and kept,
and only its people leaving (a withdrawal word without ships) makes it left. Likewise a
plane that "departed Khmeimim Airbase" is a flight, not the base left (no cue), unless the
sentence names forces beside it or says it was the last plane.

Matched against the folded line of `tracker.intake.folded_lines.folded_line`.
"""

import re

from tracker.intake.folded_lines import word_start

VESSELS = (r"ships?|vessels?|warships?|frigates?|corvettes?|destroyers?|submarines?|fleet|"
           r"flotilla|naval (?:units?|group|squadron|task force)|سفن\w*|سفينه\w*|سفينت\w*|بوارج|فرقاط\w*|"
           r"غواص\w*|قطع بحريه|قطع حربيه|اسطول\w*|(?:وحده|وحدات) (?:ال)?بحريه|"
           r"корабл\w*|суда|судов|судно|фрегат\w*|подлодк\w*|подводн\w* лодк\w*|флот\w*|эскадр\w*")
# Arabic joins its prepositions and article to the noun ("لسفن", "بالسفن", "والقطع"): the
# ship word is matched after any of them.
AR_CLITIC = r"(?:(?:وال|بال|لل|فال|ال|و|ب|ل|ف)(?=[\u0600-\u06ff]))?"
VESSELS_RE = re.compile(rf"(?<!\w){AR_CLITIC}(?:{VESSELS})(?!\w)")
# A plane taking off is a flight, not the base left: "a cargo plane departed Khmeimim
# Airbase". Only when no force is named beside it and the sentence does not say it was
# the last ("the last Russian plane has departed" is the base left).
AIRCRAFT = (r"planes?|aircraft|jets?|helicopters?|flights?|طائره|طائرات|طايره|طايرات|مروحيه|"
            r"مروحيات|самолет\w*|борт|вертолет\w*|рейс\w*")
FORCES = (r"forces|troops|soldiers|personnel|contingent|military|units|people|قوات|جنود|عناصر|"
          r"войск\w*|военн\w*|контингент\w*|подразделени\w*|личн\w+ состав\w*|люд\w*")
AIRCRAFT_RE = re.compile(rf"(?<!\w)(?:{AIRCRAFT})(?!\w)")
FORCES_RE = re.compile(rf"(?<!\w)(?:{FORCES})(?!\w)")
SUBJECT = 4  # words before a cue that hold its subject
# Words after an Arabic verb that hold its subject: a time may come first ("غادرت اليوم
# السبت طائرة شحن روسية قاعدة حميميم").
ARABIC_SUBJECT = 4
ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
BEFORE, AFTER = 6, 4  # words before a cue (its subject) and after it (its object)


def vessels(line, starts, first, last):
    """The ship word near a cue's words [first, last] of a folded line, or None."""
    start = starts[max(0, first - BEFORE)]
    end_word = last + AFTER + 1
    end = word_start(line, starts, end_word)
    match = VESSELS_RE.search(line, start, end)
    return match.group() if match else None


def only_aircraft(line, starts, first, last):
    """Whether a leaving cue's subject is aircraft and no force is named near it."""
    start = starts[max(0, first - SUBJECT)]
    end_word = last + AFTER + 1
    end = word_start(line, starts, end_word)
    # Arabic puts the subject after the verb: "غادرت طائرة شحن روسية قاعدة حميميم".
    subject_end = starts[first]
    if ARABIC_LETTER.match(line, starts[first]):
        after = last + 1 + ARABIC_SUBJECT
        subject_end = word_start(line, starts, after)
    return (AIRCRAFT_RE.search(line, start, subject_end) is not None
            and FORCES_RE.search(line, start, end) is None)
