"""The intake stages joined: from a pasted report to proposed entries.

`extract` reads the report (`document`), splits it (`sentences`), finds the places
each sentence names (`mentions`), the status cues (`cues`) and dates (`dates`) in it,
pairs them (`attach`) and builds one proposal per place and status (`proposals`).
It stores nothing. Places the report names that get no proposal are listed, so the
review shows what was left out.
"""

import datetime

from tracker.intake import attach, proposals
from tracker.intake.cues import find_cues
from tracker.intake.dates import find_dates
from tracker.intake.document import read_report
from tracker.intake.gazetteer import towns
from tracker.intake.grading import suggest
from tracker.intake.mentions import find_mentions
from tracker.intake.names import OPERATOR_WORDS, build_index
from tracker.intake.normalise import fold, tokens
from tracker.intake.sentences import split

OPERATORS = {fold(word) for word in OPERATOR_WORDS} | {"moscow", "موسكو", "москва", "кремль"}
LEAVING = ("withdrawn", "withdrawing", "reduced", "handed_over")
DEFAULT_COUNTRY = "SY"


def _published(report):
    try:
        return datetime.date.fromisoformat(report.published) if report.published else None
    except ValueError:
        return None


def _operator_named(words):
    return any(t.core in OPERATORS or t.forms[0] in OPERATORS or t.core.startswith(("росси", "russia"))
               for t in words)


def _status_for(cue, part, has_source):
    """(status, reason) for a place playing `part` in a cue, or None for no proposal."""
    if part == "reference":
        return None
    if cue.kind == "kept":
        return "active", "says the force stays"
    if part == "destination":
        # Equipment moved from one named place to another: the second gains. A withdrawal
        # "towards" a base says where forces went, not that the base grew.
        if cue.kind == "transfer" and has_source and not cue.hedged:
            return "reinforced", "names it as where forces or equipment were moved"
        return None
    if cue.kind == "transfer":
        return ("withdrawing", "moves forces or equipment away from it") if part == "source" else None
    return cue.status, "is the sentence's word for what happened there"


def _sentence_proposals(report, sentence, words, index, grade, country, previous_words):
    mentions = find_mentions(words, index, report.text, sentence.start)
    cues = find_cues(words) if mentions else []
    if not cues:
        return mentions, []
    dates = find_dates(words, report.language, _published(report))
    operator = _operator_named(words) or _operator_named(previous_words)
    mentions = [m for m in mentions if not attach.is_dateline(words, m, report.text, sentence.start)]
    roles = [attach.role(words, m, report.text, sentence.start) for m in mentions]
    # A transfer has an origin when another place of the sentence is neither its goal nor a landmark.
    has_source = sum(part in ("source", "place") for part, _ in roles) >= 1
    made, previous_mention, previous_cue = [], None, None
    for mention, (part, introduced) in zip(mentions, roles):
        cue = (previous_cue if attach.coordinated(words, previous_mention, mention)
               else attach.nearest_cue(words, mention, cues, report.text, sentence.start))
        previous_mention, previous_cue = mention, cue
        decided = _status_for(cue, part, has_source) if cue else None
        if decided is None or (not mention.is_stored and not (
                operator and introduced and decided[0] in LEAVING)):
            continue
        found = attach.nearest_date(words, cue, dates, report.text, sentence.start)
        made.append(proposals.build(report, sentence, mention, cue, found, decided[0], grade,
                                    operator, decided[1], country))
    return mentions, made


def _key(proposal):
    place = proposal["facility"] or proposal["new_facility"]["id"]
    return place, proposal["status"]


def _merge(found):
    """One proposal per place and status, the surest first; kept places are not left."""
    kept = {_key(p)[0] for p in found if p["status"] == "active"}
    best = {}
    for proposal in found:
        place, status = _key(proposal)
        if status in LEAVING and place in kept:
            continue
        if (place, status) not in best or proposal["confidence"] > best[(place, status)]["confidence"]:
            best[(place, status)] = proposal
    return sorted(best.values(), key=lambda p: p["quote_span"][0])


def extract(fields, features, gazetteer=True, with_text=False):
    """Read a report and propose entries; store nothing.

    Parameters
    ----------
    fields : dict
        `text` or `html`, and optional `url`, `title`, `publisher`, `published`.
    features : list of dict
        The stored facility Features (their names, aliases and histories).
    gazetteer : bool
        Also look for towns no facility names (off in tests that need no GeoNames).
    with_text : bool
        Also return the text read (from HTML, the text the spans index).

    Returns
    -------
    dict
        `report`, `proposals`, `grade` (the suggested one) and `unproposed` (the places
        named that no proposal covers); with `with_text`, (that dict, text).
    """
    report = read_report(fields)
    features = list(features)
    countries = tuple(sorted({f["properties"].get("country", DEFAULT_COUNTRY) for f in features}
                             or {DEFAULT_COUNTRY}))
    index = build_index(features, towns(countries) if gazetteer else ())
    grade = suggest(report.publisher, features)
    found, named, previous = [], {}, []
    for sentence in split(report.text, report.language):
        words = tokens(sentence.text)
        mentions, made = _sentence_proposals(report, sentence, words, index, grade, countries[0],
                                             previous)
        previous = words if mentions or not previous else previous
        found.extend(made)
        for mention in mentions:
            named.setdefault(mention.place.key, mention)
    chosen = _merge(found)
    covered = {p["facility"] for p in chosen} | {p["mention"] for p in chosen}
    unproposed = [{"facility": m.place.facility, "name": m.place.label, "mention": m.text,
                   "mention_span": [m.start, m.end]}
                  for m in named.values() if m.place.facility not in covered and m.text not in covered]
    result = {"report": report.json(), "proposals": chosen, "grade": grade, "unproposed": unproposed}
    return (result, report.text) if with_text else result
