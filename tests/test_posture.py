"""Posture at a date and changes between dates, on the seed dataset (README, "The data model")."""

import pytest

from tests import samples
from tracker.store.snapshot import Dataset, Facility
from tracker.errors import BadRequest
from tracker.exports.tables import history_frame, posture_frame
from tracker.posture import changes_between, facilities_matching, parse_date, posture_at


def statuses(dataset, date, **filters):
    return {facility.id: entry["status"] for facility, entry in posture_at(dataset, date, **filters)}


def test_posture_on_new_year_2025(store):
    assert statuses(store.dataset(), "2025-01-01") == {
        "ain-issa": "withdrawn",
        "amuda": "withdrawn",
        "hisyah": "withdrawn",
        "hmeimim-air-base": "active",
        "qamishli-airport": "reinforced",
        "tartus-naval-facility": "active",
    }


def test_posture_after_the_qamishli_withdrawal(store):
    posture = statuses(store.dataset(), "2026-02-01")
    assert posture["hmeimim-air-base"] == posture["tartus-naval-facility"] == "reinforced"
    assert {posture[f] for f in ("qamishli-airport", "amuda", "ain-issa", "hisyah")} == {"withdrawn"}


def test_no_posture_before_the_first_report(store):
    assert statuses(store.dataset(), "2024-12-12") == {}
    assert set(statuses(store.dataset(), "2024-12-13")) == {"ain-issa", "hisyah"}


def test_same_day_conflict_goes_to_the_later_record(store):
    # AP (withdrawing) and AFP (withdrawn) both report 2026-01-27; AFP was recorded later.
    rows = dict((f.id, e) for f, e in posture_at(store.dataset(), "2026-01-27"))
    assert rows["qamishli-airport"]["id"] == "qamishli-2026-01-27-afp"


def dataset_of(*entries):
    return Dataset({"sample-base": Facility(samples.feature(history=list(entries)))}, "v")


def test_ties_by_recorded_at_not_by_file_order():
    later = samples.entry(id="later", status="reduced", recorded_at="2025-03-05T00:00:00Z")
    earlier = samples.entry(id="earlier", status="active", recorded_at="2025-03-04T00:00:00Z")
    assert statuses(dataset_of(later, earlier), "2025-03-01") == {"sample-base": "reduced"}


def test_retracted_entry_does_not_count_and_posture_falls_back():
    first = samples.entry(id="first", status="active", effective="2025-01-01")
    wrong = samples.entry(id="wrong", status="withdrawn", effective="2025-02-01",
                          retracted={"at": "2025-02-03T00:00:00Z", "by": "ed", "reason": "misread"})
    dataset = dataset_of(first, wrong)
    assert statuses(dataset, "2025-06-01") == {"sample-base": "active"}
    assert [e["id"] for _, e in changes_between(dataset, "2025-01-01", "2025-12-31")] == ["first"]


def test_changes_between_are_inclusive_and_sorted(store):
    rows = changes_between(store.dataset(), "2026-01-26", "2026-01-27")
    assert [e["id"] for _, e in rows] == [
        "qamishli-2026-01-26-kurdistan24", "qamishli-2026-01-26-reuters",
        "qamishli-2026-01-27-ap", "qamishli-2026-01-27-afp"]
    assert changes_between(store.dataset(), "2025-06-01", "2025-12-31") == []


def test_filters(store):
    dataset = store.dataset()
    assert set(statuses(dataset, "2026-02-01", status=["reinforced"])) == {
        "hmeimim-air-base", "tartus-naval-facility"}
    assert set(statuses(dataset, "2026-02-01", kind="airport")) == {"qamishli-airport"}
    assert statuses(dataset, "2026-02-01", operator="Turkey") == {}


@pytest.mark.parametrize("filters, message", [
    ({"kind": ["airport", "airfield"]},
     "kind: 'airfield' is not one of air_base, naval_base, army_base, airport, outpost, other"),
    ({"status": "gone"},
     "status: 'gone' is not one of active, reinforced, reduced, withdrawing, withdrawn, handed_over, unknown"),
])
def test_filters_outside_the_vocabulary_are_refused(store, filters, message):
    with pytest.raises(BadRequest) as caught:
        posture_at(store.dataset(), "2026-02-01", **filters)
    assert caught.value.message == message
    assert caught.value.errors == {next(iter(filters)): message.split(": ", 1)[1]}


def test_facilities_matching_ignores_dates(store):
    dataset = store.dataset()
    assert [f.id for f in facilities_matching(dataset, kind=["airport", "naval_base"])] == [
        "qamishli-airport", "tartus-naval-facility"]
    assert len(facilities_matching(dataset, operator="Russia")) == 6
    assert facilities_matching(dataset, operator=["Turkey"]) == []
    with pytest.raises(TypeError):
        facilities_matching(dataset, status="active")


def test_posture_frame_flattens_the_governing_entry(store):
    frame = posture_frame(posture_at(store.dataset(), "2026-02-01"))
    row = frame.set_index("id").loc["qamishli-airport"]
    assert row["status"] == "withdrawn" and row["since"] == "2026-01-28"
    assert row["source_publisher"] == "Kurdistan24"
    assert row["aliases"] == "Qamishlo; Kamışlı; مطار القامشلي"
    assert frame.crs == "EPSG:4326" and len(frame) == 6
    assert len(posture_frame([])) == 0


@pytest.mark.parametrize("value, message", [
    (None, "date is required (YYYY-MM-DD)"),
    ("2026-02-30", "date: '2026-02-30' is not a date"),
    ("yesterday", "date: 'yesterday' is not a date"),
])
def test_parse_date_names_the_parameter(value, message):
    with pytest.raises(BadRequest) as caught:
        parse_date(value, "date")
    assert caught.value.message == message


def test_history_frame_has_a_row_an_entry_retracted_ones_too(store):
    samples.retract(store, "qamishli-airport", "qamishli-2026-01-27-afp")
    frame = history_frame(store.dataset())
    assert len(frame) == 13 and frame.crs == "EPSG:4326"
    qamishli = frame[frame["id"] == "qamishli-airport"]
    assert list(qamishli["entry_id"]) == [
        "qamishli-2024-12-25-sot", "qamishli-2026-01-26-kurdistan24", "qamishli-2026-01-26-reuters",
        "qamishli-2026-01-27-ap", "qamishli-2026-01-27-afp", "qamishli-2026-01-28-kurdistan24"]
    afp = qamishli.set_index("entry_id").loc["qamishli-2026-01-27-afp"]
    assert (afp["status"], afp["since"], afp["source_publisher"]) == ("withdrawn", "2026-01-27", "AFP")
    assert afp["retracted_by"] == "tester" and afp["retracted_reason"] == "Неверно прочитано (misread)"
    assert frame.loc[frame["entry_id"] != "qamishli-2026-01-27-afp", "retracted_at"].isna().all()
    assert list(frame.columns[-4:]) == ["retracted_at", "retracted_by", "retracted_reason", "geometry"]
    assert len(history_frame([])) == 0
