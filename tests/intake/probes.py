"""What the intake tests ask of the pipeline: the statuses proposed, the cues found."""

from tracker.intake import extract
from tracker.intake.cues import find_cues
from tracker.intake.normalise import tokens


def statuses(text, features, published="2025-06-01", gazetteer=False):
    """{(facility, status)} proposed for `text`; every quote checked to be the text's own span."""
    result = extract({"text": text, "published": published}, features, gazetteer=gazetteer)
    for proposal in result["proposals"]:  # quotes stay the text's own, whatever the rule
        start, end = proposal["quote_span"]
        assert text[start:end] == proposal["quote"]
    return {(p["facility"], p["status"]) for p in result["proposals"]}


def kinds(sentence):
    """[(status, kind)] of the cues found in `sentence`."""
    return [(c.status, c.kind) for c in find_cues(tokens(sentence))]
