"""Places a sentence excepts from its own withdrawal: "fully evacuated all their former
positions except for Hmeimim airbase and the port of Tartus", "انسحبت من كل المواقع باستثناء
قاعدة حميميم", "ушли отовсюду, кроме Хмеймима". The excepted place is the one kept, so a
leaving word before the exception gives it "active", never "withdrawn"."""

from tracker.intake.clauses import boundary

EXCEPT = {"except", "excepting", "excluding", "استثناء", "عدا", "سوي", "кроме", "исключением"}
# Words an exception may hold before its place: "except for the port of", "ما عدا قاعدة".
EXCEPT_REACH = 8


def excepted(words, mention, cue, text, offset):
    """Whether an exception word stands after a leaving cue and before the place, with no
    clause boundary between it and the place but a list's commas and "and"."""
    if cue is None or cue.last >= mention.first:
        return False
    for i in range(mention.first - 1, max(cue.last, mention.first - 1 - EXCEPT_REACH), -1):
        if words[i].core in EXCEPT or any(form in EXCEPT for form in words[i].forms):
            return True
        if boundary(text, offset, words[i].end, words[i + 1].start) and not _listing(
                text, offset, words, i):
            return False
    return False


def _listing(text, offset, words, i):
    """Whether the boundary after words[i] is a bare comma, as between the places of a list
    ("except Hmeimim, Tartus and ..."), rather than a clause's colon, dash or semicolon."""
    gap = text[offset + words[i].end:offset + words[i + 1].start]
    return gap.strip() == ","
