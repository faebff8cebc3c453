"""CSV exports neutralise cells a spreadsheet would run as formulas (OWASP), nothing else."""

import csv
import io

import pytest

from tests import samples

HOSTILE = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)",
           "\tTab first", "\rCR first"]


@pytest.fixture
def hostile(store):
    """A facility west of Greenwich whose text fields start like formulas."""
    history = [samples.entry(id=f"h{n}", note=text, source_quote=text) for n, text in enumerate(HOSTILE)]
    store.create(samples.feature(id="hostile-base", history=history, name="=cmd|' /C calc'!A0",
                                 aliases=["@alias"]) | {"geometry": {"type": "Point", "coordinates": [-12.5, 35.0]}})


def rows(response):
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    return list(csv.DictReader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))


@pytest.mark.parametrize("url", ["/api/history.csv", "/api/export?date=2026-01-01&format=csv"])
def test_formula_cells_are_neutralised(client, hostile, url):
    found = [row for row in rows(client.get(url)) if row["id"] == "hostile-base"]
    assert found
    for row in found:
        assert row["name"] == "'=cmd|' /C calc'!A0"
        assert row["aliases"] == "'@alias"
        assert row["note"] == "'" + HOSTILE[int(row["entry_id"][1:])]
        assert row["source_quote"] == row["note"]
        # numbers and dates stay plain
        assert row["longitude"] == "-12.5"
        assert row["since"] == "2025-03-01"
        assert row["credibility"] == "2"


def test_plain_text_is_left_alone(client):
    for row in rows(client.get("/api/history.csv")):
        assert not row["note"].startswith("'")
