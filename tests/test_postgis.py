"""What only the PostGIS store has: its tables, migrations, NOTIFY, broken rows, GDAL on the view."""

import subprocess
import threading
import time

import psycopg
from psycopg import sql as pgsql
import pytest

from tests import samples
from tests.stores import another
from tracker import create_app
from tracker.errors import DataError, Invalid
from tracker.model import schemas
from tracker.posture import today
from tracker.store import postgis_sql as sql
from tracker.store.postgis import PostgisStore
from tracker.store.postgis_connections import migrate
from tracker.store.postgis_rows import location_of
from tracker.store.serialization import canonical
from tracker.store.snapshot import compact_json

VISIBLE_WITHIN = 1.0  # seconds: a write on one server shows on another (README.md)


def add_entry(store, facility_id, **changes):
    new = samples.entry(**changes)
    return store.update(facility_id, lambda f: f["properties"]["status_history"].append(new) or f)


def query(url, statement, params=()):
    with psycopg.connect(url, autocommit=True) as conn:
        cursor = conn.execute(statement, params)
        return cursor.fetchall() if cursor.description else None


def test_the_store_creates_its_tables_and_records_the_schema_version(database_url):
    PostgisStore(database_url).close()
    tables = {name for (name,) in query(database_url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
    assert {"facilities", "entries", "reports", "tracker_state", "tracker_schema"} <= tables
    assert query(database_url, "SELECT version FROM tracker_schema") == [(sql.LATEST,)]
    assert query(database_url, "SELECT viewname FROM pg_views WHERE viewname = 'posture_now'") == [("posture_now",)]
    PostgisStore(database_url).close()  # a second start migrates nothing
    assert query(database_url, "SELECT version FROM tracker_schema") == [(sql.LATEST,)]


def test_a_database_newer_than_the_tracker_is_refused(database_url):
    PostgisStore(database_url).close()
    query(database_url, "INSERT INTO tracker_schema VALUES (%s)", [sql.LATEST + 1])
    with pytest.raises(DataError, match=f"version {sql.LATEST + 1}, newer than"):
        PostgisStore(database_url)


def test_two_servers_starting_at_once_migrate_once(database_url):
    errors = []

    def start():
        try:
            with psycopg.connect(database_url) as conn:
                migrate(conn)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
    threads = [threading.Thread(target=start) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert query(database_url, "SELECT version FROM tracker_schema") == [(sql.LATEST,)]


def test_rows_hold_the_properties_as_columns_and_the_geometry_in_4326(postgis_store):
    url = postgis_store.url
    rows = query(url, "SELECT name, kind, country, aliases, ST_SRID(geom), ST_AsText(geom) "
                      "FROM facilities WHERE id = 'amuda'")
    assert rows == [("Amuda", "army_base", "SY", ["Amude", "Amûdê", "عامودا"], 4326, "POINT(40.93 37.10417)")]
    entry = query(url, "SELECT facility_id, status, effective::text, source_publisher, credibility "
                       "FROM entries WHERE id = 'amuda-2024-12-25-sot'")
    assert entry == [("amuda", "withdrawn", "2024-12-25", "SOT Kurdistan", 3)]


def test_an_entry_write_is_one_committed_row_and_a_new_version(postgis_store):
    url = postgis_store.url
    (before,), = query(url, "SELECT version FROM tracker_state")
    add_entry(postgis_store, "amuda", id="pg-new", note="Заметка <b>&</b>")
    assert query(url, "SELECT note, position FROM entries WHERE id = 'pg-new'") == [("Заметка <b>&</b>", 1)]
    assert query(url, "SELECT version FROM tracker_state") == [(before + 1,)]
    assert query(url, "SELECT revision FROM facilities WHERE id = 'amuda'") == [(before + 1,)]


def test_a_refused_write_leaves_every_row_and_the_version(postgis_store):
    url = postgis_store.url
    before = query(url, "SELECT * FROM entries ORDER BY id"), query(url, "SELECT version FROM tracker_state")
    with pytest.raises(Invalid) as caught:
        add_entry(postgis_store, "amuda", id="bad", effective="2026-02-30")
    assert caught.value.errors == {"status_history[1].effective": "'2026-02-30' is not a date"}
    with pytest.raises(Invalid) as caught:  # the dataset-wide rule, checked before commit
        add_entry(postgis_store, "amuda", id="hisyah-2024-12-13-al-jazirah")
    assert caught.value.errors == {"status_history[1].id": "'hisyah-2024-12-13-al-jazirah' is used by hisyah too"}
    after = query(url, "SELECT * FROM entries ORDER BY id"), query(url, "SELECT version FROM tracker_state")
    assert after == before


def test_a_text_postgresql_cannot_hold_is_refused_naming_the_field(postgis_store):
    with pytest.raises(Invalid) as caught:
        add_entry(postgis_store, "amuda", id="nul", note="a\x00b")
    assert caught.value.errors == {"status_history[1].note": "contains the character U+0000, which cannot be stored"}


def test_a_write_on_one_server_shows_on_another_within_a_second(postgis_store):
    other = another(postgis_store)
    try:
        assert other.dataset().require("amuda").entry("seen") is None
        add_entry(postgis_store, "amuda", id="seen")
        start = time.monotonic()
        while other.dataset().require("amuda").entry("seen") is None:
            assert time.monotonic() - start < VISIBLE_WITHIN, "not visible within a second"
            time.sleep(0.01)
        untouched = other.dataset().require("hisyah")
        add_entry(postgis_store, "amuda", id="seen-2")
        while other.dataset().require("amuda").entry("seen-2") is None:
            time.sleep(0.01)
        assert other.dataset().require("hisyah") is untouched  # only what changed is re-read
    finally:
        other.close()


def test_a_lost_listening_connection_falls_back_to_asking_and_reconnects(postgis_store):
    other = another(postgis_store)
    try:
        other.dataset()
        query(postgis_store.url, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                 "WHERE application_name = 'tracker-listen'")
        add_entry(postgis_store, "amuda", id="while-deaf")
        start = time.monotonic()
        while other.dataset().require("amuda").entry("while-deaf") is None:
            assert time.monotonic() - start < VISIBLE_WITHIN + 1
            time.sleep(0.01)
        deadline = time.monotonic() + 10
        while not query(postgis_store.url, "SELECT 1 FROM pg_stat_activity WHERE application_name = 'tracker-listen'"):
            assert time.monotonic() < deadline, "the listener did not reconnect"
            time.sleep(0.1)
    finally:
        other.close()


def test_a_row_broken_by_hand_is_named_and_refuses_writes(postgis_store):
    query(postgis_store.url, "UPDATE entries SET status = 'bogus' WHERE id = 'amuda-2024-12-25-sot'")
    query(postgis_store.url, "UPDATE tracker_state SET version = version + 1")  # as a writer would
    fresh = another(postgis_store)
    try:
        with pytest.raises(DataError) as caught:
            fresh.dataset()
        assert "facilities/amuda: amuda: status_history[0].status: 'bogus' is not one of" in caught.value.message
        with pytest.raises(DataError):
            add_entry(fresh, "amuda", id="x")
    finally:
        fresh.close()


def test_an_unreachable_database_is_a_clear_data_error(postgres):
    url = postgres.url("no_such_database").replace("user=postgres", "user=postgres&password=secret")
    with pytest.raises(DataError) as caught:
        PostgisStore(url)
    assert "the database cannot be used" in caught.value.message and "no_such_database" in caught.value.message
    assert "secret" not in caught.value.message


def test_the_location_never_shows_a_password():
    assert location_of("postgresql://ana:s3cret@db.example/tracker") == "postgresql://ana:***@db.example/tracker"
    assert location_of("postgresql:///t?host=/tmp&password=s3cret") == "postgresql:///t?host=/tmp&password=***"


def test_reports_are_kept_by_their_sha256(postgis_store):
    text = "Reuters: «Russian forces» …"
    digest = postgis_store.save_report(text)
    assert postgis_store.save_report(text) == digest  # idempotent
    other = another(postgis_store)
    assert other.report_text(digest) == text
    other.close()
    assert postgis_store.report_text("0" * 64) is None


def test_ogrinfo_lists_the_posture_today_with_geometries(postgis_store, postgres):
    expected = {f.id: f.governing(today())["status"] for f in postgis_store.dataset() if f.governing(today())}
    dbname = postgis_store.url.split("?")[0].rsplit("/", 1)[1]
    result = subprocess.run(
        ["ogrinfo", "-ro", "-al", f"PG:host={postgres.folder} port={postgres.port} user=postgres dbname={dbname}",
         "posture_now"], capture_output=True, text=True, check=True)
    assert "Geometry: Point" in result.stdout or "Geometry: Unknown" in result.stdout
    assert f"Feature Count: {len(expected)}" in result.stdout
    features = result.stdout.split("OGRFeature(posture_now)")[1:]
    listed = {}
    for block in features:
        fields = dict(line.strip().split(" = ", 1) for line in block.splitlines() if " = " in line)
        listed[fields["id (String)"]] = fields["status (String)"]
        assert "POINT (" in block
    assert listed == expected


def reversed_keys(value):
    if isinstance(value, dict):
        return {key: reversed_keys(value[key]) for key in reversed(list(value))}
    if isinstance(value, list):
        return [reversed_keys(item) for item in value]
    return value


def test_a_facility_read_back_has_the_stored_key_order_whatever_order_it_was_written_in(postgis_store):
    feature = samples.feature(id="shuffled", history=[samples.entry(id="s1", retracted=dict(samples.RETRACTION))])
    postgis_store.create(reversed_keys(feature))
    other = another(postgis_store)
    try:
        assert other.dataset().require("shuffled").json == compact_json(canonical(feature, schemas.FEATURE_SCHEMA))
    finally:
        other.close()


def allow_connections(dbname, allow):
    return pgsql.SQL("ALTER DATABASE {} ALLOW_CONNECTIONS {}").format(
        pgsql.Identifier(dbname), pgsql.SQL("true" if allow else "false"))


def test_a_database_lost_while_serving_is_a_503_naming_it_and_the_server_recovers(postgis_store, tmp_path, postgres):
    app = create_app({"TESTING": True, "STORE": postgis_store.url, "INSTANCE": str(tmp_path / "instance")})
    client = app.test_client()
    dbname = postgis_store.url.split("?")[0].rsplit("/", 1)[1]
    try:
        assert client.get("/api/facilities/amuda").status_code == 200
        admin = postgres.url()
        query(admin, allow_connections(dbname, False))
        query(admin, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", [dbname])
        deadline = time.monotonic() + 10
        while (response := client.get("/api/facilities/amuda")).status_code == 200:
            assert time.monotonic() < deadline, "still answering from a snapshot it cannot check"
            time.sleep(0.05)
        assert response.status_code == 503
        assert response.json["error"].startswith(f"{postgis_store.location}: the database cannot be used")
        query(admin, allow_connections(dbname, True))
        deadline = time.monotonic() + 10
        while client.get("/api/facilities/amuda").status_code != 200:
            assert time.monotonic() < deadline, "did not recover"
            time.sleep(0.1)
    finally:
        query(postgres.url(), allow_connections(dbname, True))
        app.extensions["store"].close()
