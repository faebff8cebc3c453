"""Ships leaving a port are not the force leaving its base.

"Russian naval ships have left Moscow's base at Tartous" says the fleet sailed, not that
the base was given up: a withdrawal word whose subject or object is ships (ships,
vessels, frigates, the fleet; السفن، القطع البحرية، فرقاطات; корабли, суда, фрегаты,
флот) within a few words of it reads as `reduced`, even when all of them left ("all the
warships have left the base"): a port without ships is still a base, staffed and kept,
and only its people leaving (a withdrawal word without ships) makes it left.

Matched against the folded line of `tracker.intake.cues.folded_line`.
"""

import re

VESSELS = (r"ships?|vessels?|warships?|frigates?|corvettes?|destroyers?|submarines?|fleet|"
           r"flotilla|سفن\w*|سفينه\w*|بوارج|فرقاط\w*|غواص\w*|قطع بحريه|قطع حربيه|اسطول\w*|"
           r"корабл\w*|суда|судов|судно|фрегат\w*|подлодк\w*|подводн\w* лодк\w*|флот\w*|эскадр\w*")
VESSELS_RE = re.compile(rf"(?<!\w)(?:{VESSELS})(?!\w)")
BEFORE, AFTER = 6, 4  # words before a cue (its subject) and after it (its object)


def vessels(line, starts, first, last):
    """The ship word near a cue's words [first, last] of a folded line, or None."""
    start = starts[max(0, first - BEFORE)]
    end_word = last + AFTER + 1
    end = starts[end_word] if end_word < len(starts) else len(line)
    match = VESSELS_RE.search(line, start, end)
    return match.group() if match else None
