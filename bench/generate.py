"""A synthetic, valid dataset at any scale: facilities in Syria's bounding box with histories.

Deterministic: the same `--seed`, `--facilities` and `--end` give the same bytes. Every
facility passes `tracker.model.validation.problems` and entry ids are unique across the file,
so `tracker import` takes it whole. Like real data, a report covers several facilities,
names and quotes come in Latin, Arabic and Cyrillic script, some facilities have two
entries on one day that disagree, and some entries are retracted.

    python -m bench.generate --facilities 10000 -o bench/out/facilities.geojson
"""

import argparse
import datetime
import json
import random
import re
import sys
from bisect import bisect_left
from pathlib import Path

from tracker.model.validation import dataset_problems, problems

BBOX = (35.73, 32.31, 42.38, 37.32)  # Syria: west, south, east, north (WGS84)
SPAN_DAYS = 730  # two years of history
ENTRIES_PER_FACILITY = 10
FACILITIES_PER_REPORT = 5  # on average: a report names several positions
CONFLICT_SHARE = 0.03  # facilities with two same-day entries that disagree
RETRACTED_SHARE = 0.02  # entries later withdrawn by an editor
# Towns to name facilities after: (Latin, Arabic, Cyrillic, longitude, latitude).
TOWNS = [
    ("Qamishli", "القامشلي", "Камышлы", 41.23, 37.05),
    ("Hasakah", "الحسكة", "Хасеке", 40.75, 36.50),
    ("Raqqa", "الرقة", "Ракка", 39.01, 35.95),
    ("Deir ez-Zor", "دير الزور", "Дейр-эз-Зор", 40.14, 35.33),
    ("Palmyra", "تدمر", "Пальмира", 38.27, 34.56),
    ("Homs", "حمص", "Хомс", 36.72, 34.73),
    ("Hama", "حماة", "Хама", 36.75, 35.13),
    ("Aleppo", "حلب", "Алеппо", 37.16, 36.20),
    ("Latakia", "اللاذقية", "Латакия", 35.79, 35.52),
    ("Tartus", "طرطوس", "Тартус", 35.89, 34.89),
    ("Manbij", "منبج", "Манбидж", 37.95, 36.53),
    ("Kobani", "كوباني", "Кобани", 38.39, 36.89),
    ("Ain Issa", "عين عيسى", "Айн-Иса", 38.87, 36.39),
    ("Tal Tamr", "تل تمر", "Тель-Тамр", 40.37, 36.65),
    ("Al-Mayadin", "الميادين", "Эль-Маядин", 40.45, 35.02),
    ("Abu Kamal", "البوكمال", "Абу-Кемаль", 40.92, 34.45),
    ("Daraa", "درعا", "Дараа", 36.10, 32.62),
    ("Suwayda", "السويداء", "Эс-Сувейда", 36.57, 32.71),
    ("Idlib", "إدلب", "Идлиб", 36.63, 35.93),
    ("Tabqa", "الطبقة", "Табка", 38.55, 35.84),
    ("Shaddadi", "الشدادي", "Эш-Шаддади", 40.73, 36.06),
    ("Qaryatayn", "القريتين", "Эль-Карьятейн", 37.24, 34.23),
    ("Tanf", "التنف", "Эт-Танф", 38.65, 33.50),
    ("Damascus", "دمشق", "Дамаск", 36.29, 33.51),
]
# kind -> (English word, Arabic word, Russian word, weight)
KINDS = {
    "outpost": ("outpost", "نقطة", "опорный пункт", 55),
    "army_base": ("base", "قاعدة", "база", 25),
    "air_base": ("air base", "قاعدة جوية", "авиабаза", 6),
    "airport": ("airfield", "مطار", "аэродром", 5),
    "naval_base": ("naval point", "نقطة بحرية", "пункт ВМФ", 2),
    "other": ("depot", "مستودع", "склад", 7),
}
OPERATORS = {"Russia": 40, "Turkey": 25, "Iran": 20, "United States": 15}
# publisher -> (Admiralty reliability, quote language)
PUBLISHERS = {
    "Reuters": ("B", "en"), "AP": ("B", "en"), "AFP": ("B", "en"),
    "Kurdistan24": ("C", "en"), "Enab Baladi": ("C", "ar"), "North Press Agency": ("C", "ar"),
    "SOHR": ("C", "ar"), "Al Jazeera": ("C", "ar"), "SANA": ("D", "ar"),
    "TASS": ("D", "ru"), "RIA Novosti": ("D", "ru"), "Kommersant": ("C", "ru"),
}
# status -> the statuses that may follow it, with weights
FOLLOWS = {
    "active": {"active": 3, "reinforced": 3, "reduced": 2, "withdrawing": 1, "unknown": 1},
    "reinforced": {"active": 3, "reinforced": 2, "reduced": 2, "unknown": 1},
    "reduced": {"active": 2, "reinforced": 1, "reduced": 1, "withdrawing": 2, "unknown": 1},
    "withdrawing": {"withdrawn": 4, "handed_over": 2, "reduced": 1},
    "withdrawn": {"active": 2, "withdrawn": 1, "unknown": 1},
    "handed_over": {"active": 1, "handed_over": 1, "unknown": 1},
    "unknown": {"active": 2, "reduced": 1, "withdrawn": 1, "unknown": 1},
}
QUOTES = {
    "en": "{operator} forces at {name} were reported {status} on {day}, local sources said.",
    "ar": "أفادت مصادر محلية بأن الوضع في {name_ar} في {day}: {status}.",
    "ru": "По данным источников, положение на объекте {name_ru} на {day}: {status}.",
}
STATUS_WORDS = {
    "en": {s: s.replace("_", " ") for s in FOLLOWS},
    "ar": {"active": "نشط", "reinforced": "تعزيز", "reduced": "تقليص", "withdrawing": "انسحاب جار",
           "withdrawn": "انسحاب", "handed_over": "تسليم", "unknown": "غير معروف"},
    "ru": {"active": "действует", "reinforced": "усилен", "reduced": "сокращён",
           "withdrawing": "идёт вывод", "withdrawn": "выведен", "handed_over": "передан",
           "unknown": "неизвестно"},
}
EDITORS = ["analyst-a", "analyst-b", "analyst-c", "desk-night"]


def slug(text):
    """Lower-case ASCII words joined by single hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def weighted(rng, choices):
    """Pick a key of `choices` ({value: weight})."""
    return rng.choices(list(choices), weights=list(choices.values()))[0]


def stamp(day, rng):
    """A UTC timestamp on `day` at a random time."""
    return f"{day.isoformat()}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}Z"


def make_reports(rng, count, start, end):
    """The pool of reports: what each says happened when, and who published it."""
    reports = []
    for number in range(count):
        publisher = rng.choice(list(PUBLISHERS))
        event = start + datetime.timedelta(days=rng.randrange((end - start).days + 1))
        precision = weighted(rng, {"day": 93, "month": 6, "year": 1})
        effective = {"day": event, "month": event.replace(day=1),
                     "year": event.replace(month=1, day=1)}[precision]
        published = min(event + datetime.timedelta(days=rng.randrange(6)), end)
        source = {"publisher": publisher}
        if rng.random() < 0.9:
            source["url"] = f"https://{slug(publisher)}.example/{published:%Y/%m/%d}/report-{number}"
        if rng.random() < 0.7 or "url" not in source:
            source["title"] = f"Report {number}: foreign positions around {rng.choice(TOWNS)[0]}"
        if rng.random() < 0.95:
            source["published"] = published.isoformat()
        reports.append({"number": number, "effective": effective, "precision": precision,
                        "published": published, "source": source})
    return sorted(reports, key=lambda r: (r["effective"], r["number"]))


def make_place(rng, counters):
    """Position, names and kind of one facility, named after its nearest town."""
    lon = round(rng.uniform(BBOX[0], BBOX[2]), 5)
    lat = round(rng.uniform(BBOX[1], BBOX[3]), 5)
    town = min(TOWNS, key=lambda t: (t[3] - lon) ** 2 + (t[4] - lat) ** 2)
    kind = rng.choices(list(KINDS), weights=[k[3] for k in KINDS.values()])[0]
    word, word_ar, word_ru, _ = KINDS[kind]
    key = (town[0], kind)
    counters[key] = counters.get(key, 0) + 1
    number = counters[key]
    names = {
        "name": f"{town[0]} {word} {number}",
        "name_ar": f"{word_ar} {town[1]} {number}",
        "name_ru": f"{word_ru} «{town[2]}-{number}»",
    }
    return [lon, lat], kind, names


def make_entry(rng, facility_id, names, operator, report, status, end):
    """One status entry citing `report`."""
    language = PUBLISHERS[report["source"]["publisher"]][1]
    day = report["effective"].isoformat()
    recorded = min(report["published"] + datetime.timedelta(days=rng.randrange(4)), end)
    entry = {
        "id": f"{facility_id}-{day}-{slug(report['source']['publisher'])}-{report['number']}",
        "status": status,
        "effective": day,
        "date_precision": report["precision"],
        "note": f"{report['source']['publisher']} reports the position {status.replace('_', ' ')}.",
        "source": dict(report["source"], quote=QUOTES[language].format(
            operator=operator, status=STATUS_WORDS[language][status], day=day, **names)),
        "reliability": PUBLISHERS[report["source"]["publisher"]][0],
        "credibility": weighted(rng, {1: 1, 2: 4, 3: 4, 4: 1, 6: 1}),
        "recorded_at": stamp(recorded, rng),
        "recorded_by": rng.choice(EDITORS),
    }
    if rng.random() < RETRACTED_SHARE:
        withdrawn = stamp(min(recorded + datetime.timedelta(days=rng.randrange(1, 30)), end), rng)
        entry["retracted"] = {"at": max(withdrawn, entry["recorded_at"]), "by": rng.choice(EDITORS),
                              "reason": "The report was corrected by its publisher."}
    return entry


def make_history(rng, facility_id, names, operator, reports, days, end):
    """Ten entries from distinct reports, statuses following each other plausibly.

    `reports` are sorted by date and `days` are their effective dates.
    """
    chosen = sorted(rng.sample(range(len(reports)), ENTRIES_PER_FACILITY))
    conflict = None
    if rng.random() < CONFLICT_SHARE:
        # Another report of the same day that disagrees ("same-day conflicting").
        index = rng.randrange(1, ENTRIES_PER_FACILITY)
        same_day = bisect_left(days, days[chosen[index - 1]])
        if same_day not in chosen:
            chosen[index], conflict = same_day, index
            chosen.sort()
    history, status = [], "active"
    for position, report_index in enumerate(chosen):
        if position:
            follows = dict(FOLLOWS[status])
            if position == conflict:
                follows.pop(status, None)
            status = weighted(rng, follows)
        history.append(make_entry(rng, facility_id, names, operator, reports[report_index], status, end))
    return history


def generate(count, seed=6, end=None):
    """Return a FeatureCollection of `count` facilities with ten entries each.

    The histories span the two years up to `end` (a date; default yesterday, UTC).
    """
    rng = random.Random(seed)
    end = end or datetime.datetime.now(datetime.timezone.utc).date() - datetime.timedelta(days=1)
    start = end - datetime.timedelta(days=SPAN_DAYS - 1)
    report_count = max(ENTRIES_PER_FACILITY, count * ENTRIES_PER_FACILITY // FACILITIES_PER_REPORT)
    reports = make_reports(rng, report_count, start, end)
    days = [report["effective"] for report in reports]
    counters, features = {}, []
    for _ in range(count):
        position, kind, names = make_place(rng, counters)
        facility_id = slug(names["name"])
        operator = weighted(rng, OPERATORS)
        aliases = [names["name_ar"], names["name_ru"]][: rng.choice((0, 1, 2, 2))]
        features.append({
            "type": "Feature",
            "id": facility_id,
            "geometry": {"type": "Point", "coordinates": position},
            "properties": {
                "name": names["name"],
                "aliases": aliases,
                "kind": kind,
                "operator": operator,
                "country": "SY",
                "location_precision": weighted(rng, {"exact": 5, "site": 3, "town": 1, "region": 1}),
                "status_history": make_history(rng, facility_id, names, operator, reports, days, end),
            },
        })
    return {"type": "FeatureCollection", "features": features}


def check(collection):
    """List every problem of the collection as text: per facility, then across facilities."""
    found = [f"{feature['id']}: {problem}" for feature in collection["features"]
             for problem in problems("feature", feature)]
    found += [f"{facility_id}: {problem}"
              for facility_id, problem in dataset_problems(collection["features"])]
    return found


def write(collection, path):
    """Write the collection as compact UTF-8 JSON (one line: it is read, not diffed)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return path


def cached(count, end, out_dir, seed=6):
    """The dataset's file in `out_dir`, generated once and reused (100,000 facilities take minutes).

    The name holds everything the bytes depend on, so a file found is the file asked for.
    """
    path = Path(out_dir) / f"facilities-{count}-seed{seed}-{end.isoformat()}.geojson"
    if not path.exists():
        partial = path.with_suffix(".partial")
        write(generate(count, seed=seed, end=end), partial)
        partial.replace(path)  # never a half-written file under the final name
    return path


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--facilities", type=int, default=10_000, help="How many facilities.")
    parser.add_argument("--seed", type=int, default=6, help="Random seed (same seed, same file).")
    parser.add_argument("--end", type=datetime.date.fromisoformat,
                        help="Last day of the histories (default: yesterday, UTC).")
    parser.add_argument("-o", "--output", required=True, help="The GeoJSON file to write.")
    args = parser.parse_args(argv)
    collection = generate(args.facilities, args.seed, args.end)
    found = check(collection)
    if found:
        sys.exit("generated data is invalid:\n" + "\n".join(found[:20]))
    path = write(collection, args.output)
    entries = sum(len(f["properties"]["status_history"]) for f in collection["features"])
    print(f"{path}: {len(collection['features'])} facilities, {entries} entries")


if __name__ == "__main__":
    main()
