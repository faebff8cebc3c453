"""Evaluate report intake: precision and recall of facility + status + date, per language.

    python -m bench.intake [--runs 15] [--show]

Runs the pipeline over the excerpts of bench/intake/corpus.py against the seed
facilities of tests/fixtures/dataset, and prints, per language and split: the entries
expected, proposed and right (place, status and date all right), precision, recall,
and the share of quotes that are verbatim substrings at their span. Then the time to
extract a 2,000-word report made of the corpus's English sentences: the first call of
a process (which reads GeoNames) and the median of the next `--runs`. The sixth, eighth,
tenth, twelfth and thirteenth sets, sealed once, are development splits now ("held-out 6"
... "held-out 13"); their first runs are in BENCHMARKS.md.
"""

import argparse
import json
import os
import platform
import statistics
import time
from pathlib import Path

from rapidfuzz.fuzz import ratio

from bench.intake.corpus import REPORTS
from tracker.intake import extract
from tracker.intake.normalise import tokens
from tracker.intake.transliterate import latin, skeleton

ROOT = Path(__file__).resolve().parents[2]
# The rows of the table: dev and test are development data alike (bench/intake/corpus.py).
ROW_OF_SPLIT = {"dev": "dev + test", "test": "dev + test", "former held-out": "former held-out",
                "former held-out 2": "former held-out 2", "former held-out 3": "former held-out 3",
                "former held-out 4": "former held-out 4", "former held-out 5": "former held-out 5",
                "held-out": "held-out", "held-out 7": "held-out 7", "held-out 9": "held-out 9", "held-out 11": "held-out 11",
                "held-out 6": "held-out 6", "held-out 8": "held-out 8", "held-out 10": "held-out 10",
                "held-out 12": "held-out 12", "held-out 13": "held-out 13",
                "held-out 14": "held-out 14", "held-out 15": "held-out 15",
                "held-out 16": "held-out 16", "held-out 17": "held-out 17",
                "held-out 18": "held-out 18", "held-out 19": "held-out 19",
                "held-out 20": "held-out 20", "held-out 21": "held-out 21",
                "held-out 22": "held-out 22", "held-out 23": "held-out 23",
                "held-out 24": "held-out 24", "held-out 25": "held-out 25",
                "held-out 26": "held-out 26", "held-out 27": "held-out 27"}
ROW_ORDER = ("all", "dev + test", "former held-out", "former held-out 2", "former held-out 3",
             "former held-out 4", "former held-out 5", "held-out", "held-out 7", "held-out 9", "held-out 11", "held-out 6",
             "held-out 8", "held-out 10", "held-out 12", "held-out 13", "held-out 14",
             "held-out 15", "held-out 16", "held-out 17", "held-out 18",
             "held-out 19", "held-out 20", "held-out 21", "held-out 22", "held-out 23", "held-out 24",
             "held-out 25", "held-out 26", "held-out 27")
FACILITIES = ROOT / "tests" / "fixtures" / "dataset"
WORDS = 2000
UNLISTED_MIN = 75  # "Tel Al-Samn" (tl smn) and "Tal Samen" (tl smn); "Tl Smn" too


def features():
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(FACILITIES.glob("*.geojson"))]


def place_of(proposal):
    if proposal["facility"]:
        return proposal["facility"]
    gazetteer = proposal["new_facility"]["gazetteer"]
    if gazetteer.get("near"):
        return f"{proposal['new_facility']['name']} near {gazetteer['near']['geonameid']}"
    return gazetteer["geonameid"]


def same_place(proposal, place):
    """A stored id or GeoNames id as it is; an unlisted place (bench/intake/gold.py) by the
    town it is near and a name whose consonant skeleton is all but the same."""
    if not isinstance(place, dict):
        return place_of(proposal) == place
    new = proposal["new_facility"]
    near = (new or {}).get("gazetteer", {}).get("near")
    if not near or near["geonameid"] != place["near"]:
        return False
    spelled = [skeleton(latin(t.core, t.script)) for t in tokens(new["name"])]
    wanted = [skeleton(latin(t.core, t.script)) for t in tokens(place["unlisted"])]
    return ratio(" ".join(spelled), " ".join(wanted)) >= UNLISTED_MIN


def right(proposal, expected):
    return (same_place(proposal, expected["place"]) and proposal["status"] == expected["status"]
            and proposal["effective"] in expected["effective"])


def score(report, stored):
    fields = {key: report[key] for key in ("url", "publisher", "published")}
    result = extract(dict(fields, text=report["text"]), stored)
    proposals = result["proposals"]
    hits = [p for p in proposals if any(right(p, g) for g in report["gold"])]
    found = [g for g in report["gold"] if any(right(p, g) for p in proposals)]
    verbatim = [p for p in proposals
                if report["text"][p["quote_span"][0]:p["quote_span"][1]] == p["quote"]]
    return {"gold": len(report["gold"]), "proposed": len(proposals), "right": len(hits),
            "found": len(found), "verbatim": len(verbatim), "proposals": proposals}


def table(rows):
    lines = ["| language | split | reports | expected | proposed | right | precision | recall | verbatim quotes |",
             "|---|---|---|---|---|---|---|---|---|"]
    for (language, split), group in rows.items():
        total = {k: sum(r[k] for r in group) for k in ("gold", "proposed", "right", "found", "verbatim")}
        precision = total["right"] / total["proposed"] if total["proposed"] else 1.0
        recall = total["found"] / total["gold"] if total["gold"] else 1.0
        share = total["verbatim"] / total["proposed"] if total["proposed"] else 1.0
        lines.append(f"| {language} | {split} | {len(group)} | {total['gold']} | {total['proposed']} | "
                     f"{total['right']} | {precision:.0%} | {recall:.0%} | {share:.0%} |")
    return "\n".join(lines)


def long_report():
    """A report of WORDS words, from the corpus's English sentences over and over."""
    paragraphs = [r["text"] for r in REPORTS if r["lang"] == "en"]
    text, i = [], 0
    while sum(len(p.split()) for p in text) < WORDS:
        text.append(paragraphs[i % len(paragraphs)])
        i += 1
    return "\n\n".join(text)


def timing(stored, runs):
    text = long_report()
    fields = {"text": text, "publisher": "Reuters", "published": "2026-01-27"}
    start = time.perf_counter()
    extract(fields, stored)
    first = time.perf_counter() - start
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        extract(fields, stored)
        times.append(time.perf_counter() - start)
    return len(text.split()), first, statistics.median(times), max(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="Timed extractions of the long report.")
    parser.add_argument("--show", action="store_true", help="Print every proposal and every miss.")
    args = parser.parse_args()
    stored = features()
    words, first, median, worst = timing(stored, args.runs)  # first: before anything is cached
    rows = {}
    for report in REPORTS:
        result = score(report, stored)
        for key in ((report["lang"], ROW_OF_SPLIT[report["split"]]), (report["lang"], "all")):
            rows.setdefault(key, []).append(result)
        if args.show:
            print(f"\n{report['lang']} {report['publisher']} {report['published']}: "
                  f"{result['right']}/{result['proposed']} right, {result['found']}/{result['gold']} found")
            for p in result["proposals"]:
                mark = "ok " if any(right(p, g) for g in report["gold"]) else "-- "
                print(f"  {mark}{place_of(p)} {p['status']} {p['effective']} ({p['confidence']}) "
                      f"“{p['mention']}”")
    ordered = dict(sorted(rows.items(), key=lambda kv: (kv[0][0], ROW_ORDER.index(kv[0][1]))))
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, load average "
          f"{os.getloadavg()[0]:.1f}, Python {platform.python_version()}")
    print(table(ordered))
    print(f"\nA {words}-word report: first extraction of the process {first:.2f} s "
          f"(reads GeoNames once); then median {median * 1000:.0f} ms, worst {worst * 1000:.0f} ms "
          f"over {args.runs} runs.")


if __name__ == "__main__":
    main()
