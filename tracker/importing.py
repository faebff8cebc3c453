"""Import: a FeatureCollection of facilities checked whole, then merged without loss.

Import adds; it never changes or removes what is stored. A new facility is added
whole. For a facility already stored, the file's entries that are new (by id) are
appended; an entry stored already must be the same in the file, and so must the
facility's own fields. Importing the same file twice changes nothing.

Files come back from GIS tools (README, "Command line"), so a feature is first taken
as `POST /api/facilities` takes one (`tracker.import_shape`): RFC 7946 `bbox` members
are dropped, `properties.id` may repeat the id, and aliases, history and the server's
entry fields may be left out.
"""

from copy import deepcopy

from tracker.errors import Invalid
from tracker.import_shape import as_stored
from tracker.model.validation import Problem, dataset_problems, problems

FACILITY_FIELDS = ("name", "aliases", "kind", "operator", "country", "location_precision")


def plan(collection, dataset, where, progress=None, importer="import"):
    """Check a parsed FeatureCollection against `dataset`; return the features to write.

    Parameters
    ----------
    collection : object
        The parsed import file.
    dataset : Dataset
        What is stored now.
    where : str
        The file's name, for messages.
    progress : callable, optional
        Called with 1 for each feature checked.
    importer : str
        Who imports: the `recorded_by` of entries that come without one.

    Returns
    -------
    list of dict
        Whole features (merged where stored), only those that change.

    Raises
    ------
    Invalid
        Naming the file, the feature and the field of every problem; nothing is written.
    """
    features = _features(collection, where)
    found, merged = [], []
    for index, feature in enumerate(features):
        feature, wrong = as_stored(feature, dataset, importer)
        label = f"{where}: features[{index}] {feature.get('id', '?') if isinstance(feature, dict) else '?'}"
        wrong = wrong or problems("feature", feature)
        if not wrong:
            result, wrong = _merge(feature, dataset.get(feature["id"]))
            if result is not None:
                merged.append(result)
        found += [(label, problem) for problem in wrong]
        if progress:
            progress(1)
    if not found:
        found += _spanning_problems(merged, dataset, where)
    if found:
        raise Invalid("\n".join(f"{label}: {problem}" for label, problem in found),
                      {f"{label}: {p.field}": p.message for label, p in found})
    return merged


def _features(collection, where):
    if not isinstance(collection, dict) or collection.get("type") != "FeatureCollection":
        raise Invalid(f"{where}: is not a GeoJSON FeatureCollection", {"type": "must be FeatureCollection"})
    features = collection.get("features")
    if not isinstance(features, list):
        raise Invalid(f"{where}: features: is not a list", {"features": "is not a list"})
    ids = [f.get("id", (f.get("properties") or {}).get("id") if isinstance(f.get("properties"), dict) else None)
           for f in features if isinstance(f, dict)]
    repeated = sorted({i for i in ids if ids.count(i) > 1 and isinstance(i, str)})
    if repeated:
        raise Invalid(f"{where}: facility {repeated[0]!r} appears twice", {"id": "appears twice"})
    return features


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


def _spanning_problems(merged, dataset, where):
    """Entry ids must stay unique across the whole dataset once merged."""
    features = {facility.id: facility.feature for facility in dataset}
    features.update((feature["id"], feature) for feature in merged)
    return [(f"{where}: {facility_id}", problem)
            for facility_id, problem in dataset_problems(features.values())]
