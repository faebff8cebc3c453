"""What the sentences of one report share while the pipeline reads it, and the small
questions every stage asks of it: the report's date, whether a date is a recap, whether
the operator is named."""

import datetime

from tracker.intake.coreference import Antecedents
from tracker.intake.names import OPERATOR_WORDS
from tracker.intake.normalise import fold

OPERATORS = {fold(word) for word in OPERATOR_WORDS} | {"moscow", "موسكو", "москва", "кремль"}


class Reading:
    """What the sentences of one report share: the report, the name index, the suggested
    grade, the country of new places, the places named so far and the last sentence read."""

    def __init__(self, report, index, grade, country, kinds, bases=()):
        self.report, self.index, self.grade, self.country = report, index, grade, country
        self.bases = bases  # [(Place, kind, lon, lat)] of the stored facilities
        self.kinds = kinds  # {facility id: kind}
        self.antecedents = Antecedents(kinds)
        self.previous = []
        self.number = 0
        self.denies_reinforcement = False
        self.unplaced_cues = []  # the cues of the sentence before, if it named no place
        self.recent = []  # (number, sentence, mention): stored places not read as left, last named
        self.kept_places = set()  # places a wish or plan to keep is said of: never proposed as left
        self.out_of_country = False  # whether the report has told of forces taken out of the country
        self.kept_unnamed = None  # (number, cue): "is not leaving its two main bases", not yet named
        self.cues = []  # the cues of the sentence being read
        self.named_plainly = []  # (sentence, words, mention): stored places named with no cue
        self.people = set()  # (given name, surname) met after a title: no town in later sentences


def published_on(report):
    try:
        return datetime.date.fromisoformat(report.published) if report.published else None
    except ValueError:
        return None


def recap(date, published):
    """Whether a sentence's date is a bare year before the report's: a recap of another
    year's events, not news; the place is still listed as named."""
    return (date is not None and published is not None and date.precision == "year"
            and int(date.effective[:4]) < published.year)


def operator_named(words):
    return any(t.core in OPERATORS or t.forms[0] in OPERATORS or t.core.startswith(("росси", "russia"))
               for t in words)
