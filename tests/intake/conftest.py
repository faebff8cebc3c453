"""Facilities the intake tests match reports against (their own, not geodata/)."""

import pytest


def facility(fid, name, aliases, lon, lat, kind="air_base", history=()):
    return {"type": "Feature", "id": fid, "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {"name": name, "aliases": list(aliases), "kind": kind,
                           "operator": "Russia", "country": "SY", "location_precision": "site",
                           "status_history": list(history)}}


def entry(publisher, reliability, credibility):
    return {"id": f"e-{publisher}-{reliability}{credibility}", "status": "active",
            "effective": "2024-12-14", "date_precision": "day", "note": "n",
            "source": {"publisher": publisher, "title": "t", "quote": "q"},
            "reliability": reliability, "credibility": credibility,
            "recorded_at": "2026-01-01T00:00:00Z", "recorded_by": "seed"}


@pytest.fixture
def features():
    return [
        facility("hmeimim-air-base", "Hmeimim air base", ["Khmeimim", "حميميم", "Latakia Air Base"],
                 35.945, 35.41167, history=[entry("Reuters", "B", 2), entry("Reuters", "B", 2),
                                            entry("Reuters", "C", 3)]),
        facility("tartus-naval-facility", "Tartus naval facility", ["Tartous", "طرطوس"],
                 35.875, 34.915, kind="naval_base"),
        facility("qamishli-airport", "Qamishli airport", ["Qamishlo", "مطار القامشلي"],
                 41.19139, 37.02056, kind="airport"),
        facility("amuda", "Amuda", ["Amude", "عامودا"], 40.93, 37.10417, kind="army_base"),
    ]
