"""The intake stages joined: from a pasted report to proposed entries.

`extract` reads the report (`document`), splits it (`sentences`), finds the places
each sentence names (`mentions`, and `coreference` for "the airport" named before),
the status cues (`cues`) and dates (`dates`) in it, pairs them (`attach`), builds the
proposals (`proposals`) and weighs them across the report (`consistency`): one per
place and status. It stores nothing. Places the report names that get no proposal are
listed, so the review shows what was left out.
"""

import dataclasses
import datetime
import re

from tracker.intake import attach, located, proposals
from tracker.intake.consistency import LEAVING, LEFT, Candidate, merge
from tracker.intake.coreference import Antecedents, Reference, references
from tracker.intake.cues import find_cues
from tracker.intake.dates import find_dates
from tracker.intake.document import read_report
from tracker.intake.gazetteer import towns
from tracker.intake.grading import suggest
from tracker.intake.mentions import find_mentions
from tracker.intake.names import OPERATOR_WORDS, Place, build_index
from tracker.intake.normalise import fold, tokens
from tracker.intake.sentences import split
from tracker.intake.unlisted import find_unlisted
from tracker.intake.unnamed_bases import REACH, kept_of_unnamed_bases

OPERATORS = {fold(word) for word in OPERATOR_WORDS} | {"moscow", "موسكو", "москва", "кремль"}
DEFAULT_COUNTRY = "SY"


class Reading:
    """What the sentences of one report share: the report, the name index, the suggested
    grade, the country of new places, the places named so far and the last sentence read."""

    def __init__(self, report, index, grade, country, kinds, bases=()):
        self.report, self.index, self.grade, self.country = report, index, grade, country
        self.bases = bases  # [(Place, kind, lon, lat)] of the stored facilities
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
        self.people = set()  # (given name, surname) met after a title: no town in later sentences


def _published(report):
    try:
        return datetime.date.fromisoformat(report.published) if report.published else None
    except ValueError:
        return None


def _recap(date, published):
    """Whether a sentence's date is a bare year before the report's: a recap of another
    year's events, not news; the place is still listed as named."""
    return (date is not None and published is not None and date.precision == "year"
            and int(date.effective[:4]) < published.year)


def _operator_named(words):
    return any(t.core in OPERATORS or t.forms[0] in OPERATORS or t.core.startswith(("росси", "russia"))
               for t in words)


AGENT_REACH = 4  # words either side of a handover word that name who handed over


def _handed_by_operator(words, cue):
    """Whether the operator is named beside a handover word: "Russian points were handed
    over", "سلمت القوات الروسية". "The airport was handed to Damascus" (by the SDF) is not
    the operator's handover."""
    return _operator_named(words[max(0, cue.first - AGENT_REACH):cue.last + 1 + AGENT_REACH])


# A move out of the country: "evacuates equipment from Syria", "челночное движение из Сирии",
# "إجلاء ... من سوريا", "لنقله خارج سوريا".
OUT_OF_COUNTRY = re.compile(r"(?<!\w)(?:(?:from|out of) (?:syria|the country)|из (?:сирии|страны)|"
                            r"من سوريا|من سوريه|خارج سوريا|خارج سوريه|خارج البلاد|مغادره سوريا|"
                            r"مغادره سوريه)(?!\w)")
# English verbs by their forms, not bare stems: "taking control" or "movement" is no
# evacuation, "taking equipment out" and "moved" are.
EVACUATION = re.compile(r"(?<!\w)(?:evacuat\w*|withdraw\w*|pull\w* out|эвакуа\w*|эвакуир\w*|вывод\w*|"
                        r"вывоз\w*|вывез\w*|челночн\w*|اجلاء|اخلاء|سحب\w*|انسحاب\w*|ترحيل|نقل|تنقل|"
                        r"مغادره|(?:take|takes|taken|taking|took) (?:\w+ ){0,3}?(?:out|away)|"
                        r"(?:move|moves|moved|moving)|(?:ship|ships|shipped|shipping)|"
                        r"(?:transport|transports|transported|transporting))(?!\w)")


def _leaving_country(words, previous):
    """Whether the sentence, or the one before, tells of forces or equipment taken out of the
    country: then a base they are moved to is where the evacuation gathers, not a gain."""
    line = " ".join(t.core for t in list(previous) + list(words))
    return OUT_OF_COUNTRY.search(line) is not None and EVACUATION.search(line) is not None


def _status_for(cue, part, cues, leaving_country=False):
    """(status, reason) for a place playing `part` in a cue, or None for no proposal."""
    if part == "reference" or cue.kind == "wish":
        return None  # a wish or plan to keep is no status (README, "Report intake")
    if cue.kind == "gather":
        # Forces or ships gathering at a place: where an evacuation gathers when the report
        # tells of the force leaving the country (or the sentence of an evacuation from no
        # place it names), otherwise no status of its own.
        if leaving_country and part in ("place", "destination"):
            return "withdrawing", "names it as where forces gather to be taken out of the country"
        return None
    if cue.kind == "kept":
        return "active", "says the force stays"
    if cue.kind == "present":
        return "active", "says the force is there and using it"
    if cue.kind == "denial":
        return "active", "says no reinforcement came: the force is there as it was"
    reinforcing = _moves_reinforcements(cue, cues)
    if leaving_country and not reinforcing and cue.kind == "transfer" and part in ("destination", "place"):
        # Columns moved into a base while the report tells of the force leaving the country:
        # the base is where the evacuation gathers (README, "Report intake").
        return "withdrawing", "names it as where forces gather to be taken out of the country"
    if part == "destination" and cue.kind == "change" and ARRIVING.match(cue.text.lower()):
        # A plane landing at a base to take its equipment out ("هبوط طائرة شحن إلى القاعدة
        # بغية نقل المعدات"): the base it comes to is the one being left.
        return cue.status, "names it as where aircraft came to take the force out"
    if part == "destination":
        # Where a force or its equipment went is not reinforced by the move alone: a
        # withdrawal seen from its other end (README, "Report intake"). Only a word for
        # reinforcements or a deployment makes it so.
        return ("reinforced", "names it as where reinforcements were sent") if reinforcing else None
    if part == "source" and reinforcing:
        return None  # where reinforcements came from is not reinforced, nor left
    if part == "place" and reinforcing and cue.kind == "transfer":
        # Russian "на аэродром" is "to" as often as "on": a move of reinforcements names
        # its origin after "с"/"из", so its other place is where they went.
        return "reinforced", "names it as where reinforcements were sent"
    if cue.kind == "transfer":
        return ("withdrawing", "moves forces or equipment away from it") if part == "source" else None
    return cue.status, "is the sentence's word for what happened there"


# The words that begin an "arriving to take out" cue (`tracker.intake.cues`).
ARRIVING = re.compile(r"(?:arriv|landed|sent|dispatched|flown in|flew in|وصل|هبط|هبوط|حط|ارسل|"
                      r"прибыл|прилетел|приземлил|направлен|отправлен)")

REINFORCEMENT_OBJECT = 4  # words after a move word that its object ("reinforcements") may take


def _moves_reinforcements(cue, cues):
    """Whether a cue is a reinforcement, or a move of reinforcements, its object or its
    subject ("نقلت طائرات روسية تعزيزات", "moved reinforcements", "additional forces have been
    transferred", "перебросила подкрепления")."""
    if cue.status == "reinforced":
        return True
    return cue.kind == "transfer" and any(
        other.status == "reinforced" and (0 < other.first - cue.last <= REINFORCEMENT_OBJECT
                                          or 0 < cue.first - other.last <= REINFORCEMENT_OBJECT)
        for other in cues)


def _mentions(reading, sentence, words):
    """The places a sentence names, and the places it calls by their kind ("the airport")."""
    text = reading.report.text
    named = find_mentions(words, reading.index, text, sentence.start, reading.people)
    named = located.by_town(words, named, reading.bases, text, sentence.start)
    named = sorted(named + find_unlisted(words, named, text, sentence.start), key=lambda m: m.first)
    referred = references(words, named, reading.antecedents, reading.number, text, sentence.start)
    reading.antecedents.note(named, reading.number)
    return named, sorted(named + referred, key=lambda m: m.first)


LEAVING_OR_MOVING = ("withdrawn", "withdrawing")


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


def _carried(reading, sentence, words, mentions, cue, where=" (its word is in the sentence before)"):
    """Candidates for the stored facilities of a sentence without a cue, from the cue of the
    sentence before (which named no place). Leaving cues are not carried: a withdrawal is
    read only where its sentence names the place."""
    report = reading.report
    if cue.status != "active" or cue.kind == "denial":
        return []
    dates = find_dates(words, report.language, _published(report))
    operator = _operator_named(words) or _operator_named(reading.previous)
    made = []
    for mention in mentions:
        if not mention.is_stored or attach.role(words, mention, report.text, sentence.start)[0] != "place":
            continue
        found = dates[0] if len(dates) == 1 else None
        if _recap(found, _published(report)):
            continue
        status, reason = _status_for(cue, "place", [cue])
        proposal = proposals.build(report, sentence, mention, cue, found, status, reading.grade,
                                   operator, reason + where,
                                   reading.country)
        made.append(Candidate(proposal, mention.place.key, cue, found is not None))
    return made


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


def _sentence_proposals(reading, sentence, words):
    """(the places the sentence names, the Candidates it gives)."""
    named, mentions = _mentions(reading, sentence, words)
    cues = find_cues(words)  # also where no place is named: a denial, a cue for the next sentence
    reading.cues = cues
    reading.denies_reinforcement |= any(c.kind == "denial" for c in cues)
    reading.out_of_country |= _leaving_country(words, ())  # said anywhere, with a place or not
    if not mentions:
        reading.unplaced_cues = cues
        return named, _carried_back(reading, cues)
    reading.recent = []
    carried, reading.unplaced_cues = reading.unplaced_cues, []
    if not cues and carried:
        # "Russia's priority is to hold its bases in Syria. These are the naval facility in
        # Tartus and the Hmeimim airfield": places named with no word of their own, right
        # after a sentence with a status word and no place, take that sentence's cue
        # (its indices are no words of this sentence: the place gets it at no distance).
        return named, _carried(reading, sentence, words, mentions, carried[0])
    if not cues:
        _note_unworded(reading, sentence, words, mentions)
        return named, []
    said, mentions = _said(reading, sentence, words, mentions, cues)
    made, previous = [], (None, None)
    for mention, (part, introduced) in zip(mentions, said.roles):
        cue, part = _cue_of(reading, said, mention, part, previous)
        previous = (mention, cue)
        made.extend(_place_candidates(reading, said, mention, part, introduced, cue))
    return named, made


def _kept_unnamed(reading, sentence, words, mentions):
    """Kept Candidates for the stored places of a sentence that names the bases a kept cue of
    it, or of one up to REACH sentences before, left unnamed ("not leaving its two main
    bases"; `tracker.intake.unnamed_bases`)."""
    cue = kept_of_unnamed_bases(words, reading.cues)
    text, start = reading.report.text, sentence.start
    mentions = [m for m in mentions if m.is_stored and not attach.is_dateline(words, m, text, start)]
    if cue is not None:
        reading.kept_unnamed = (reading.number, cue)
    pending = reading.kept_unnamed
    if pending is None or reading.number - pending[0] > REACH or not mentions:
        return []
    if pending[0] != reading.number:
        reading.kept_unnamed = None
    where = "" if pending[0] == reading.number else " (its word is in a sentence before)"
    return _carried(reading, sentence, words, mentions, pending[1], where)


def _note_unworded(reading, sentence, words, mentions):
    """Remember the stored places a sentence with no cue names, for a departure after."""
    text, start = reading.report.text, sentence.start
    for mention in mentions:
        if mention.is_stored and attach.role(words, mention, text, start)[0] == "place":
            reading.recent.append((reading.number, sentence, mention))


def _said(reading, sentence, words, mentions, cues):
    """(the sentence's Said, its mentions without datelines and with a move's origin)."""
    report, start = reading.report, sentence.start
    mentions = [m for m in mentions if not attach.is_dateline(words, m, report.text, start)]
    roles = [attach.role(words, m, report.text, start) for m in mentions]
    roles = [("reference", True) if attach.locates(words, before, m, report.text, start) else r
             for before, m, r in zip([None] + mentions[:-1], mentions, roles)]
    # A move's origins: the sentence's places that are neither its goal nor a landmark.
    origins = {m.place.key for m, (part, _) in zip(mentions, roles) if part in ("source", "place")}
    leaving_country = _leaving_country(words, reading.previous)
    reading.out_of_country |= leaving_country
    roles = attach.onward(words, mentions, roles)
    mentions, roles = _with_origin(reading, words, start, mentions, roles, cues)
    said = Said(sentence, words, cues, dates=find_dates(words, report.language, _published(report)),
                operator=_operator_named(words) or _operator_named(reading.previous), roles=roles,
                origins=origins, leaving_country=leaving_country)
    return said, mentions


def _cue_of(reading, said, mention, part, previous):
    """(the cue a place takes, the part it plays): a place listed with the one before shares
    its cue; one given no cue ("Ain al-Arab (Kobani), a former Russian base") leaves the next
    to find its own; a place listed after "two bases" takes the list's (README, "Report
    intake"); where forces left before they gathered takes the sentence's other word."""
    words, cues, text, start = said.words, said.cues, reading.report.text, said.sentence.start
    before, before_cue = previous
    cue = (before_cue if before_cue and attach.coordinated(words, before, mention)
           else attach.nearest_cue(words, mention, cues, text, start))
    listed = attach.listing_cue(words, mention, cues)
    if attach.prefers_list(words, mention, cue, listed, text, start):
        cue = listed
    part = attach.described(words, mention, cue, part)
    if cue is not None and cue.kind == "gather" and part == "source":
        cue = attach.nearest_cue(words, mention, [c for c in cues if c.kind != "gather"], text, start)
    return cue, part


def _place_candidates(reading, said, mention, part, introduced, cue):
    """The Candidates one place of a sentence gets from its cue (and a kept or leaving cue of
    its clause beside it)."""
    report, sentence, words, cues = reading.report, said.sentence, said.words, said.cues
    out = said.leaving_country or (cue is not None and cue.kind == "gather" and (
        reading.out_of_country or _evacuating(cues, said.roles)))
    decided = _status_for(cue, part, cues, out) if cue else None
    _note_recent(reading, sentence, mention, cue, decided, part)
    made = []
    if cue is not None and cue.kind not in ("kept", "wish"):
        # A kept cue of the place's clause, though another cue is nearer ("moving it to
        # Hmeimim, which Moscow will keep"): its candidate too, so the report-level rule
        # that a kept place is never proposed as left holds (README, "Report intake").
        made.extend(_kept_too(reading, sentence, words, mention, cues, said.dates, said.operator))
    if cue is not None and cue.kind == "present":
        # A present cue nearer the place than a leaving one of the same sentence ("ships
        # have docked at Tartus, ... an evacuation of the facility has begun"): both are
        # proposed, and the report-level rules let the leaving one win.
        made.extend(_leaving_too(reading, sentence, words, mention, part, cues, said.dates,
                                 said.operator, said.leaving_country))
    if decided and decided[0] == "handed_over" and not _handed_by_operator(words, cue):
        return made
    if decided is None or (not mention.is_stored and not (
            said.operator and introduced and decided[0] in LEAVING)):
        return made
    found = attach.nearest_date(words, cue, said.dates, report.text, sentence.start)
    if _recap(found, _published(report)):
        return made  # "ships began leaving Tartus in 2024", in a 2026 report: background
    proposal = proposals.build(report, sentence, mention, cue, found, decided[0], reading.grade,
                               said.operator, decided[1], reading.country)
    moved_from = said.origins - {mention.place.key} if part == "destination" else ()
    made.append(Candidate(proposal, mention.place.key, cue, found is not None, moved_from))
    return made


def _evacuating(cues, roles):
    """Whether a sentence tells of an evacuation that leaves no place it names ("ships to
    carry out the equipment gathered in the port during the withdrawal from the rest of
    Syria"): a place where forces "amassed" after leaving a named place is not left."""
    return (any(c.kind == "change" and c.status == "withdrawing" for c in cues)
            and not any(part == "source" for part, _ in roles))


CARRY_BACK = 3  # sentences naming no place that a departure may stand after its place's


def _note_recent(reading, sentence, mention, cue, decided, part):
    """Remember a stored place its sentence gave no cue but a present or gathering one (not
    left, kept or an end of a move), for a departure said in the sentences after that name
    no place; note a wish to keep it."""
    if not mention.is_stored:
        return
    if cue is not None and cue.kind == "wish":
        reading.kept_places.add(mention.place.key)
    if part == "place" and (cue is None or cue.kind in ("present", "gather")) and (
            not decided or decided[0] not in LEAVING):
        reading.recent.append((reading.number, sentence, mention))


def _carried_back(reading, cues):
    """Candidates for the stored places of the last sentence that named any, read neither
    left nor kept there, from a sentence up to CARRY_BACK sentences later that names no
    place and says a departure is under way or coming ("Two Russian ships docked at Tartus.
    This may mean the start of an evacuation"; "A Ka-52 was being dismantled, likely in
    preparation for transport"; "تمهيدا لنقلها"): the departure is of those places; the
    report-level rules let it win over a present cue, a kept one wins over it, and a hedge
    lowers its confidence as anywhere (README, "Report intake", *Cues across sentences*)."""
    leaving = [c for c in cues if c.kind == "change" and c.status == "withdrawing"]
    recent = [(s, m) for n, s, m in reading.recent if reading.number - n <= CARRY_BACK]
    if not leaving or not recent:
        return []
    cue, report = leaving[0], reading.report
    operator = _operator_named(reading.previous)
    made = []
    for sentence, mention in recent:
        proposal = proposals.build(report, sentence, mention, cue, None, "withdrawing", reading.grade,
                                   operator, f"“{cue.text}” (the sentence after) says it is being left",
                                   reading.country)
        made.append(Candidate(proposal, mention.place.key, cue, False))
    return made


def _kept_too(reading, sentence, words, mention, cues, dates, operator):
    """The Candidate a stored place gets from a kept cue of its own clause, or of a relative
    clause right after it, beside a nearer cue."""
    report = reading.report
    kept = [c for c in cues if c.kind in ("kept", "wish")]
    if not kept or not mention.is_stored:
        return []
    cue = attach.kept_of_clause(words, mention, kept, report.text, sentence.start)
    if cue is None:
        return []
    if cue.kind == "wish":
        reading.kept_places.add(mention.place.key)  # no status, but never proposed as left
        return []
    found = attach.nearest_date(words, cue, dates, report.text, sentence.start)
    status, reason = _status_for(cue, "place", cues)
    proposal = proposals.build(report, sentence, mention, cue, found, status, reading.grade,
                               operator, reason, reading.country)
    return [Candidate(proposal, mention.place.key, cue, found is not None)]


def _leaving_too(reading, sentence, words, mention, part, cues, dates, operator, leaving_country):
    """The Candidate a place gets from the nearest leaving cue of its sentence, beside the
    present cue it attached to (`tracker.intake.consistency` sets the present one aside)."""
    report = reading.report
    leaving = [c for c in cues if c.kind in ("change", "transfer") and c.status in LEAVING_OR_MOVING]
    if not leaving or not mention.is_stored:
        return []
    cue = attach.nearest_cue(words, mention, leaving, report.text, sentence.start)
    decided = _status_for(cue, part, cues, leaving_country) if cue else None
    if decided is None or decided[0] not in LEAVING_OR_MOVING:
        return []
    found = attach.nearest_date(words, cue, dates, report.text, sentence.start)
    if _recap(found, _published(report)):
        return []
    proposal = proposals.build(report, sentence, mention, cue, found, decided[0], reading.grade,
                               operator, decided[1], reading.country)
    return [Candidate(proposal, mention.place.key, cue, found is not None)]


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
        made += _kept_unnamed(reading, sentence, words, mentions)
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
    covered = {p["facility"] for p in chosen} | {p["mention"] for p in chosen}
    unproposed = [{"facility": m.place.facility, "name": m.place.label, "mention": m.text,
                   "mention_span": [m.start, m.end]}
                  for m in named.values() if m.place.facility not in covered and m.text not in covered]
    result = {"report": report.json(), "proposals": chosen, "grade": reading.grade,
              "unproposed": unproposed}
    return (result, report.text) if with_text else result
