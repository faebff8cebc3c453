"""A sentence's words as one folded line, the text that cue patterns are matched against.

Words are joined by single spaces, so a pattern's word boundaries are the sentence's, and
each word's start in the line maps a match back to the words it covers.
"""


def folded_line(words):
    """The sentence's word cores (folded, clitics off) joined by spaces, and each word's start in that line."""
    starts, parts, at = [], [], 0
    for token in words:
        starts.append(at)
        parts.append(token.core)
        at += len(token.core) + 1
    return " ".join(parts), starts


def whole_line(words):
    """The sentence's words folded with their leading letters kept (`Token.forms[0]`), and
    each word's start. Folding takes و ب ل ف off an Arabic word, which strips verbs that
    begin with those letters ("باشروا" reads "اشروا"): patterns are matched against this
    line too, so a verb is found whether or not its first letter was a clitic."""
    starts, parts, at = [], [], 0
    for token in words:
        starts.append(at)
        parts.append(token.forms[0])
        at += len(token.forms[0]) + 1
    return " ".join(parts), starts


def word_at(starts, position):
    """The index of the word that holds `position` of the folded line."""
    lo = 0
    for i, start in enumerate(starts):
        if start <= position:
            lo = i
        else:
            break
    return lo


def word_start(line, starts, i):
    """Where word `i` starts in the folded line; the line's end for a word past the last."""
    return starts[i] if i < len(starts) else len(line)
