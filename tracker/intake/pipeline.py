"""The intake stages joined: from a pasted report to proposed entries.

`extract` reads the report (`document`), splits it (`sentences`), finds the places
each sentence names (`mentions`, and `coreference` for "the airport" named before),
the status cues (`cues`) and dates (`dates`) in it, pairs them (`attach`), builds the
proposals (`proposals`) and weighs them across the report (`consistency`): one per
place and status; a stored place named as it stands, with no cue and nothing else proposed
for it, is proposed active (`named_bases`). It stores nothing. Places the report names that get no proposal are
listed, so the review shows what was left out.
"""

import dataclasses

from tracker.intake import attach, located, named_bases, place_roles
from tracker.intake.carried_cues import carried_back, carried_forward, kept_unnamed, note_unworded
from tracker.intake.consistency import LEFT, merge
from tracker.intake.coreference import Reference, references
from tracker.intake.cues import find_cues
from tracker.intake.dates import find_dates
from tracker.intake.document import read_report
from tracker.intake.gazetteer import towns
from tracker.intake.grading import suggest
from tracker.intake.mentions import find_mentions
from tracker.intake.names import Place, build_index
from tracker.intake.normalise import tokens
from tracker.intake.place_candidates import place_candidates
from tracker.intake.reading import Reading, operator_named, published_on
from tracker.intake.sentences import split
from tracker.intake.status_rules import LEAVING_OR_MOVING, tells_of_leaving_country
from tracker.intake.unlisted import by_base_name, find_unlisted

DEFAULT_COUNTRY = "SY"


def _mentions(reading, sentence, words):
    """The places a sentence names, and the places it calls by their kind ("the airport")."""
    text = reading.report.text
    named = find_mentions(words, reading.index, text, sentence.start, reading.people)
    named = located.by_town(words, named, reading.bases, text, sentence.start)
    named = by_base_name(words, named, text, sentence.start)
    named = sorted(named + find_unlisted(words, named, text, sentence.start), key=lambda m: m.first)
    referred = references(words, named, reading.antecedents, reading.number, text, sentence.start)
    reading.antecedents.note(named, reading.number)
    return named, sorted(named + referred, key=lambda m: m.first)


def _with_origin(reading, words, start, mentions, roles, cues):
    """A move or withdrawal whose sentence names only where it goes ("Some of the forces
    were expected to move to Hmeimim") starts at the one stored facility the sentence
    before named: that place is added as the move's source, read as a reference."""
    if not mentions or any(part != "destination" for part, _ in roles):
        return mentions, roles
    moving = [c for c in cues if c.kind in ("transfer", "change") and c.status in LEAVING_OR_MOVING]
    goals = {m.place.key for m in mentions}
    before = [p for p in reading.antecedents.just_before(reading.number) if p.key not in goals]
    if not moving or len(before) != 1:
        return mentions, roles
    if located.at_town(before[0], [m.place.town for m in mentions], reading.bases):
        # "Flights resumed to Hmeimim. Two aircraft have flown to Latakia": a move to the
        # town the place before is at is no move away from it.
        return mentions, roles
    cue, text = moving[0], reading.report.text
    begin, end = start + words[cue.first].start, start + words[cue.last].end
    origin = Reference(before[0], cue.first, begin, end, text[begin:end],
                       f"{before[0].label}, named in the previous sentence, as where it starts")
    return mentions + [origin], roles + [("source", True)]


@dataclasses.dataclass(slots=True)
class Said:
    """What one sentence with places and cues gives its places' readings: its words, cues,
    dates, whether the operator is named, its places' roles, a move's origins and whether it
    tells of the force leaving the country."""

    sentence: object
    words: list
    cues: list
    dates: list
    operator: object
    roles: list
    origins: set
    leaving_country: bool


def asks(text):
    """Whether a sentence is a question ("هل غادرت سفن روسية ميناء طرطوس؟", "Is Moscow
    leaving?"): it states nothing, so it gives no cue; its places are still listed as named."""
    return text.rstrip().rstrip("»\"”'’)").endswith(("?", "؟"))


def _sentence_proposals(reading, sentence, words):
    """(the places the sentence names, the Candidates it gives)."""
    named, mentions = _mentions(reading, sentence, words)
    if asks(sentence.text):
        return named, []
    cues = find_cues(words)  # also where no place is named: a denial, a cue for the next sentence
    reading.cues = cues
    reading.denies_reinforcement |= any(c.kind == "denial" for c in cues)
    reading.out_of_country |= tells_of_leaving_country(words, ())  # said anywhere, with a place or not
    if not mentions:
        reading.unplaced_cues = cues
        return named, carried_back(reading, cues, words)
    reading.recent = []
    carried, reading.unplaced_cues = reading.unplaced_cues, []
    if not cues and carried:
        # "Russia's priority is to hold its bases in Syria. These are the naval facility in
        # Tartus and the Hmeimim airfield": places named with no word of their own, right
        # after a sentence with a status word and no place, take that sentence's cue
        # (its indices are no words of this sentence: the place gets it at no distance).
        return named, carried_forward(reading, sentence, words, mentions, carried[0])
    if not cues:
        note_unworded(reading, sentence, words, mentions)
        named_bases.note(reading, sentence, words, mentions)
        return named, []
    said, mentions = _said(reading, sentence, words, mentions, cues)
    made, previous = [], (None, None)
    for mention, (part, introduced) in zip(mentions, said.roles):
        cue, part = _cue_of(reading, said, mention, part, previous)
        previous = (mention, cue)
        made.extend(place_candidates(reading, said, mention, part, introduced, cue))
    return named, made


def _said(reading, sentence, words, mentions, cues):
    """(the sentence's Said, its mentions without datelines and with a move's origin)."""
    report, start = reading.report, sentence.start
    mentions = [m for m in mentions if not place_roles.is_dateline(words, m, report.text, start)]
    roles = [place_roles.role(words, m, report.text, start) for m in mentions]
    roles = [("reference", True) if place_roles.locates(words, before, m, report.text, start) else r
             for before, m, r in zip([None] + mentions[:-1], mentions, roles)]
    # A move's origins: the sentence's places that are neither its goal nor a landmark.
    origins = {m.place.key for m, (part, _) in zip(mentions, roles) if part in ("source", "place")}
    leaving_country = tells_of_leaving_country(words, reading.previous)
    reading.out_of_country |= leaving_country
    roles = place_roles.onward(words, mentions, roles)
    mentions, roles = _with_origin(reading, words, start, mentions, roles, cues)
    said = Said(sentence, words, cues, dates=find_dates(words, report.language, published_on(report)),
                operator=operator_named(words) or operator_named(reading.previous), roles=roles,
                origins=origins, leaving_country=leaving_country)
    return said, mentions


def _cue_of(reading, said, mention, part, previous):
    """(the cue a place takes, the part it plays): a place listed with the one before shares
    its cue; one given no cue ("Ain al-Arab (Kobani), a former Russian base") leaves the next
    to find its own; a place listed after "two bases" takes the list's (README, "Report
    intake"); where forces left before they gathered takes the sentence's other word."""
    words, cues, text, start = said.words, said.cues, reading.report.text, said.sentence.start
    before, before_cue = previous
    cue = (before_cue if before_cue and place_roles.coordinated(words, before, mention)
           else attach.nearest_cue(words, mention, cues, text, start))
    listed = attach.listing_cue(words, mention, cues)
    if attach.prefers_list(words, mention, cue, listed, text, start):
        cue = listed
    part = attach.described(words, mention, cue, part)
    if cue is not None and cue.kind == "gather" and part == "source":
        cue = attach.nearest_cue(words, mention, [c for c in cues if c.kind != "gather"], text, start)
    return cue, part


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
    kinds = {f["id"]: f["properties"].get("kind") for f in features}
    bases = [(Place(f["properties"]["name"], facility=f["id"]), f["properties"].get("kind"),
              *f["geometry"]["coordinates"][:2])
             for f in features if (f.get("geometry") or {}).get("type") == "Point"]
    reading = Reading(report, index, suggest(report.publisher, features), countries[0], kinds, bases)
    if report.title:
        reading.antecedents.note(find_mentions(tokens(report.title), index, report.title), None)
    found, named = [], {}
    for sentence in split(report.text, report.language):
        reading.number += 1
        words = tokens(sentence.text)
        mentions, made = _sentence_proposals(reading, sentence, words)
        made += kept_unnamed(reading, sentence, words, mentions)
        reading.previous = words if mentions or not reading.previous else reading.previous
        found.extend(made)
        for mention in mentions:
            named.setdefault(mention.place.key, mention)
    if reading.denies_reinforcement:
        # "news of a reinforcement ... no reinforcement of the number of troops": the report
        # denies the rumour it reports, so a hedged reinforcement anywhere in it is set aside.
        found = [c for c in found if not (c.status == "reinforced" and c.cue.hedged)]
    # A place the report says Moscow wants or plans to keep is not proposed as left.
    found = [c for c in found if not (c.status in LEFT and c.place in reading.kept_places)]
    chosen = merge(found)
    # Places named as they stand, where nothing else is proposed for them (`named_bases`).
    plainly = named_bases.proposed(reading, {p["facility"] for p in chosen})
    chosen = sorted(chosen + [c.proposal for c in plainly], key=lambda p: p["quote_span"][0])
    # Covered by place, not by facility id: a town's is None, so one town proposed must not
    # hide another named and not proposed.
    shown = {id(p) for p in chosen}
    covered = {c.place for c in found + plainly if id(c.proposal) in shown}
    mentioned = {p["mention"] for p in chosen}
    unproposed = [{"facility": m.place.facility, "name": m.place.label, "mention": m.text,
                   "mention_span": [m.start, m.end]}
                  for key, m in named.items() if key not in covered and m.text not in mentioned]
    result = {"report": report.json(), "proposals": chosen, "grade": reading.grade,
              "unproposed": unproposed}
    return (result, report.text) if with_text else result
