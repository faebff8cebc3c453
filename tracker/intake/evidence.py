"""`tracker verify`: every quote made from a kept report is still in its kept text."""


def unverified(store):
    """[(facility id, entry id, problem)] for entries whose `source.sha256` does not hold up.

    The problem is that the text is missing, or that the quote is not found verbatim in
    it; an entry without `source.sha256` was not made from a kept report and is skipped.
    """
    found, texts = [], {}
    for facility in store.dataset():
        for entry in facility.history:
            digest = entry["source"].get("sha256")
            if not digest:
                continue
            if digest not in texts:
                texts[digest] = store.report_text(digest)
            if texts[digest] is None:
                found.append((facility.id, entry["id"], f"no kept report text {digest}"))
            elif entry["source"]["quote"] not in texts[digest]:
                found.append((facility.id, entry["id"],
                              f"quote not found verbatim in report {digest[:12]}…"))
    return found


def checked(store):
    """How many entries carry a `source.sha256`."""
    return sum(1 for facility in store.dataset() for entry in facility.history
               if entry["source"].get("sha256"))
