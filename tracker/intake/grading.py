"""A suggested Admiralty grade for a report, from what the tracker holds for its publisher.

The reliability of a source is its record: the grade editors gave this publisher most
often is the suggestion. Without a record the source "cannot be judged" (F) and the
information neither (6); the editor decides. A hedged sentence ("may", "reportedly")
is at best "possibly true" (3).
"""

from collections import Counter

from rapidfuzz.fuzz import token_set_ratio

from tracker.intake.normalise import fold

SAME_PUBLISHER = 90
HEDGED_CREDIBILITY = 3


def _same(a, b):
    return token_set_ratio(fold(a), fold(b)) >= SAME_PUBLISHER


def publisher_record(publisher, features):
    """The (reliability, credibility) pairs of stored entries by `publisher`."""
    if not publisher:
        return []
    return [(e["reliability"], e["credibility"])
            for feature in features for e in feature["properties"]["status_history"]
            if "retracted" not in e and _same(e["source"]["publisher"], publisher)]


def suggest(publisher, features):
    """{reliability, credibility, reason} suggested for a report by `publisher`."""
    record = publisher_record(publisher, features)
    if not record:
        who = f"{publisher!r}" if publisher else "an unnamed publisher"
        return {"reliability": "F", "credibility": 6,
                "reason": f"no entry cites {who} yet, so neither can be judged"}
    reliability = Counter(r for r, _ in record).most_common(1)[0][0]
    credibility = Counter(c for _, c in record).most_common(1)[0][0]
    return {"reliability": reliability, "credibility": credibility,
            "reason": f"the grades editors gave {publisher!r} most often, "
                      f"over {len(record)} entr{'y' if len(record) == 1 else 'ies'}"}


def for_sentence(grade, hedged):
    """The report's grade adjusted for one proposal's sentence."""
    credibility = max(grade["credibility"], HEDGED_CREDIBILITY) if hedged else grade["credibility"]
    return grade["reliability"], credibility
