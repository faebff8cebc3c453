"""Import: a FeatureCollection of facilities checked whole, then merged without loss.

Import adds; it never changes or removes what is stored. A new facility is added
whole. For a facility already stored, the file's entries that are new (by id) are
appended; an entry stored already must be the same in the file, and so must the
facility's own fields. Importing the same file twice changes nothing.

Files come back from GIS tools (README, "Command line"), so a feature is first taken
as `POST /api/facilities` takes one (`tracker.importing.shape`): RFC 7946 `bbox` members
are dropped, `properties.id` may repeat the id, and aliases, history and the server's
entry fields may be left out.

The file is streamed (`tracker.importing.stream`), one feature at a time, so an import
of 100,000 facilities holds one facility and the entry ids at a time, never the parsed
file (README, "Command line"). Parsing stays strict: no NaN, no repeated keys.
"""

from copy import deepcopy

from tracker.importing import workers as import_workers
from tracker.errors import Invalid
from tracker.importing.shape import as_stored
from tracker.model.validation import Problem, problems

FACILITY_FIELDS = ("name", "aliases", "kind", "operator", "country", "location_precision")


class Plan:
    """The features an import of file `path` writes against `dataset`, streamed.

    Iterating yields each feature to write (whole, merged where stored), only those that
    change, as the file is read. Every problem is collected as the file goes by; once it
    is read whole, any problem raises Invalid naming the file, the feature and the field
    of each, so a caller that writes as it iterates writes nothing for good (the folder
    store renames its files only after the last one). Each iteration reads the file again,
    so a backend may walk a plan more than once (entries that come without an id get new
    ids on each walk: walk it once, or list it). `progress` gets the bytes read;
    `validated` names the feature just yielded when it was validated whole (Store.merge).
    `texts` gives that feature's stored text when a worker made it already. `importer` is
    the `recorded_by` of entries that come without one; `jobs`, how many worker processes
    parse and check the features of new facilities (`tracker.importing.workers`; 0: none).
    """

    def __init__(self, path, dataset, where=None, progress=None, importer="import", jobs=0):
        self.path, self.dataset = path, dataset
        self.jobs = jobs
        self.where = where or str(path)
        self.progress = progress
        self.importer = importer
        self.added_facilities = self.added_entries = 0
        self.validated = set()  # id() of the feature just yielded, if validated whole (Store.merge)
        self.texts = {}  # id() of the feature just yielded -> its stored text, when made already

    def __iter__(self):
        found, ids = [], set()
        owners = {}  # entry id -> facility, for the entries the file brings
        self.added_facilities = self.added_entries = 0
        self.validated.clear()
        self.texts.clear()
        for index, (feature, wrong, text) in enumerate(self._shaped()):
            feature_id = feature.get("id") if isinstance(feature, dict) else None
            label = f"{self.where}: features[{index}] {feature_id if isinstance(feature_id, str) else '?'}"
            if isinstance(feature_id, str) and feature_id in ids:
                raise Invalid(f"{self.where}: facility {feature_id!r} appears twice", {"id": "appears twice"})
            ids.add(feature_id)
            result = None
            if not wrong:
                stored = self.dataset.get(feature_id)
                result, wrong = _merge(feature, stored)
                wrong += _shared_ids(feature, self.dataset, owners)
            found += [(label, problem) for problem in wrong]
            if result is not None and not found:
                # Only the feature being handed over: an id() is unique only while its object lives.
                self.validated.clear()
                self.texts.clear()
                if result is feature:  # a new facility, as validated above
                    self.validated.add(id(feature))
                    if text is not None:
                        self.texts[id(feature)] = text
                self.added_facilities += stored is None
                self.added_entries += len(result["properties"]["status_history"]) - (
                    0 if stored is None else len(stored.history))
                yield result
        if found:
            raise Invalid("\n".join(f"{label}: {problem}" for label, problem in found),
                          {f"{label}: {p.field}": p.message for label, p in found})

    def _shaped(self):
        """(feature in the stored shape, its problems, its stored text or None) for each of the file."""
        with open(self.path, "rb") as handle:
            stored_ids = (facility.id for facility in self.dataset) if self.jobs else ()
            for kind, *made in import_workers.prepared(handle, self.where, self.progress, stored_ids,
                                                        self.importer, self.jobs):
                if kind == import_workers.SHAPED:
                    yield made
                    continue
                # Parsed for this walk alone: taken into the stored shape in place, not copied.
                feature, wrong = as_stored(made[0], self.dataset, self.importer, copy=False)
                yield feature, wrong or problems("feature", feature), None


def _merge(feature, stored):
    """Return (feature to write or None, problems) for one valid incoming feature."""
    if stored is None:
        return feature, []
    found = [Problem(name, f"{feature['properties'][name]!r} differs from the stored "
                           f"{stored.properties[name]!r}")
             for name in FACILITY_FIELDS if feature["properties"][name] != stored.properties[name]]
    if feature["geometry"] != stored.feature["geometry"]:
        found.append(Problem("geometry", "differs from the stored geometry"))
    merged = deepcopy(stored.feature)
    history = merged["properties"]["status_history"]
    for index, entry in enumerate(feature["properties"]["status_history"]):
        known = stored.entry(entry["id"])
        if known is None:
            history.append(entry)
        elif known != entry:
            found.append(Problem(f"status_history[{index}]",
                                 f"entry {entry['id']!r} differs from the stored one"))
    changed = len(history) > len(stored.history)
    return (merged if changed and not found else None), found


def _shared_ids(feature, dataset, owners):
    """Entry ids must stay unique across the whole dataset once merged (the file's and the store's)."""
    found = []
    stored = dataset.entry_owners
    for index, entry in enumerate(feature["properties"]["status_history"]):
        first = owners.setdefault(entry["id"], feature["id"])
        if first == feature["id"]:
            first = stored.get(entry["id"], feature["id"])
        if first != feature["id"]:
            found.append(Problem(f"status_history[{index}].id", f"{entry['id']!r} is used by {first} too"))
    return found
