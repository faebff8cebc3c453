"""Status cues: the words of a sentence that say what a force did at a place.

Patterns are matched against the sentence's folded words (`tracker.intake.normalise`)
joined by single spaces, so case, tashkeel, hamza forms and ё do not matter. Each cue
gives a status; "kept" cues (not leaving, expected to maintain, سيبقي, сохранит) say the
force stays and win over a withdrawal for the place they attach to. Hedging words
(may, could, expected, reportedly; قد، ربما، من المتوقع; может, возможно, якобы) just
before a cue mark it hedged: its proposal gets a lower confidence, and the reason says so.
"""

import re

from tracker.intake.cue_frames import by_other_force, contrasted, demanded, denied, of_relations, unsigned
from tracker.intake.cue_readings import Cue, of_vessels, qualified, refuge_of_flight, with_polarity, \
    without_wished_presence
from tracker.intake.folded_lines import folded_line, whole_line, word_at
from tracker.intake.presence import PRESENT
from tracker.intake.status_words import AR, EN, HEDGE, HEDGE_WINDOW, LEAVING, RU

__all__ = ["Cue", "LEAVING", "PATTERNS", "find_cues"]


def _without_article(pattern):
    """An Arabic pattern that also matches its words without the article: the folded line
    holds word cores, and the core of "الحفاظ" is "حفاظ"."""
    return re.sub(r"(?<![\w\\])ال(?=[\u0600-\u06ff])", "(?:ال)?", pattern)


def _as_folded(pattern):
    """A pattern written with й or ё, folded as the text is (`tracker.intake.normalise`
    folds diacritics: "рейсы" is read "реисы"), so a pattern spelled as Russian is spelled
    matches."""
    return pattern.replace("й", "и").replace("ё", "е")


PATTERNS = [(status, kind, re.compile(rf"(?<!\w)(?:{_as_folded(pattern)})(?!\w)"))
            for status, kind, pattern in EN + [(s, k, _without_article(p)) for s, k, p in AR] + RU
            + PRESENT]


def _hedged(line, starts, first):
    """Whether a hedging word stands in the HEDGE_WINDOW words before a cue, or is its first
    word ("a possible withdrawal", "تمهيدا لنقلها")."""
    window_start = starts[max(0, first - HEDGE_WINDOW)]
    window_end = starts[first + 1] - 1 if first + 1 < len(starts) else len(line)
    return HEDGE.search(line, window_start, window_end) is not None


def find_cues(words):
    """The Cues of a sentence's Tokens, in order; overlapping matches keep the first pattern."""
    line, starts = folded_line(words)
    lines = [(line, starts)]
    if any(t.script == "arabic" and t.forms[0] != t.core for t in words):
        lines.append(whole_line(words))
    taken, found = set(), []
    for (status, kind, pattern), (line, starts) in ((p, l) for p in PATTERNS for l in lines):
        for match in pattern.finditer(line):
            first = word_at(starts, match.start())
            last = word_at(starts, max(match.start(), match.end() - 1))
            span = set(range(first, last + 1))
            if span & taken:
                continue
            taken |= span
            text = " ".join(t.text for t in words[first:last + 1])
            cue = Cue(status, kind, first, last, text, _hedged(line, starts, first))
            cue = with_polarity(qualified(cue, words, line, starts), words)
            cue = cue and of_vessels(cue, line, starts)
            cue = cue and of_relations(denied(cue, words, line, starts), line, starts)
            cue = cue and contrasted(cue, line, starts)
            cue = cue and unsigned(cue, line, starts)
            cue = cue and by_other_force(cue, line, starts)
            cue = cue and demanded(cue, line, starts)
            if cue is not None:
                found.append(cue)
    return refuge_of_flight(without_wished_presence(sorted(found, key=lambda cue: cue.first)), line, starts)

