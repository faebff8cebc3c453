"""Every SQL statement of the PostGIS store, parametrised: the schema, its migrations, the queries.

The tables (README.md, "The PostGIS store"):

- `facilities`: one row a facility. Its scalar properties are columns, `aliases` a text
  array. `geometry_json` keeps the GeoJSON geometry as written, so a round trip gives the
  same bytes; `geom` is the PostGIS geometry (EPSG:4326) made from it by the database,
  which QGIS and GDAL read. `revision` is the data version of the facility's last write.
- `entries`: one row an entry, its `source` and `retraction` as columns; `position` keeps
  the history's order. Entry ids are the primary key: unique across facilities.
- `reports`: the texts kept as evidence for report intake, by their SHA-256.
- `tracker_state`: one row, the data version (bumped by every write, in commit order,
  since a write holds this row from its bump to its commit) and the last change.
- `tracker_schema`: the schema's version; `MIGRATIONS` brings a database up to date.
- `posture_now`: a view, the posture today (UTC), one row a facility with its geometry.

Dates are `date` columns; timestamps stay the text they were written as (the schemas
allow fractions of a second, and the bytes must come back the same).
"""

CHANNEL = "tracker_changes"  # NOTIFY channel; the payload is the new data version
LISTEN = "LISTEN tracker_changes"
MIGRATION_LOCK = 7_463_205_001  # pg_advisory_xact_lock key: one server migrates at a time

CREATE_SCHEMA_TABLE = "CREATE TABLE IF NOT EXISTS tracker_schema (version integer NOT NULL)"
SCHEMA_VERSION = "SELECT max(version) FROM tracker_schema"
RECORD_MIGRATION = "INSERT INTO tracker_schema (version) VALUES (%s)"
LOCK_MIGRATIONS = "SELECT pg_advisory_xact_lock(%s)"

# The posture rule of README.md ("The data model"), in SQL: the latest entry that is not
# retracted with `effective` <= today; ties by `recorded_at`, then the later in the history.
# Timestamps compare as text in code-point order (COLLATE "C"), as the tracker compares them.
_POSTURE_NOW = """
CREATE VIEW posture_now AS
SELECT f.id, f.name, f.kind, f.operator, f.country, f.location_precision,
       e.status, e.effective AS since, e.date_precision, e.id AS entry_id, e.note,
       e.source_url, e.source_title, e.source_publisher, e.source_published, e.source_quote,
       e.reliability, e.credibility, e.recorded_at, e.recorded_by, f.geom
FROM facilities f
JOIN LATERAL (
    SELECT * FROM entries x
    WHERE x.facility_id = f.id AND x.retracted_at IS NULL
      AND x.effective <= (now() AT TIME ZONE 'UTC')::date
    ORDER BY x.effective DESC, x.recorded_at COLLATE "C" DESC, x.position DESC
    LIMIT 1
) e ON true
"""

MIGRATIONS = [
    (1, [
        "CREATE EXTENSION IF NOT EXISTS postgis",
        """CREATE TABLE tracker_state (
            singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
            version bigint NOT NULL,
            modified timestamptz NOT NULL)""",
        "INSERT INTO tracker_state (version, modified) VALUES (0, now())",
        """CREATE TABLE facilities (
            id text PRIMARY KEY,
            name text NOT NULL,
            aliases text[] NOT NULL,
            kind text NOT NULL,
            operator text NOT NULL,
            country text NOT NULL,
            location_precision text NOT NULL,
            geometry_json text NOT NULL,
            geom geometry(Geometry, 4326) GENERATED ALWAYS AS
                (ST_SetSRID(ST_Force2D(ST_GeomFromGeoJSON(geometry_json)), 4326)) STORED,
            revision bigint NOT NULL)""",
        "CREATE INDEX facilities_revision ON facilities (revision)",
        "CREATE INDEX facilities_geom ON facilities USING gist (geom)",
        """CREATE TABLE entries (
            id text PRIMARY KEY,
            facility_id text NOT NULL REFERENCES facilities (id),
            position integer NOT NULL,
            status text NOT NULL,
            effective date NOT NULL,
            date_precision text NOT NULL,
            note text NOT NULL,
            source_url text,
            source_title text,
            source_publisher text NOT NULL,
            source_published date,
            source_quote text NOT NULL,
            reliability text NOT NULL,
            credibility smallint NOT NULL,
            recorded_at text NOT NULL,
            recorded_by text NOT NULL,
            retracted_at text,
            retracted_by text,
            retracted_reason text)""",
        "CREATE INDEX entries_facility ON entries (facility_id, position)",
        """CREATE TABLE reports (
            sha256 text PRIMARY KEY,
            text text NOT NULL,
            saved_at timestamptz NOT NULL DEFAULT now())""",
        _POSTURE_NOW,
    ]),
]
LATEST = MIGRATIONS[-1][0]

# Reading ----------------------------------------------------------------------------

STATE = "SELECT version, modified FROM tracker_state"
# A reader sees the version row and the facilities at one instant.
READ_ONLY_SNAPSHOT = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"

# One facility a row, as GeoJSON text built by the database (json keeps key order and the
# geometry's own text); json_strip_nulls drops the optional fields an entry lacks.
_FEATURES = """
SELECT f.id, json_build_object(
    'type', 'Feature', 'id', f.id, 'geometry', f.geometry_json::json,
    'properties', json_build_object(
        'name', f.name, 'aliases', to_json(f.aliases), 'kind', f.kind, 'operator', f.operator,
        'country', f.country, 'location_precision', f.location_precision,
        'status_history', COALESCE(h.history, '[]'::json)))::text
FROM facilities f
LEFT JOIN LATERAL (
    SELECT json_agg(json_strip_nulls(json_build_object(
        'id', e.id, 'status', e.status, 'effective', e.effective,
        'date_precision', e.date_precision, 'note', e.note,
        'source', json_build_object(
            'url', e.source_url, 'title', e.source_title, 'publisher', e.source_publisher,
            'published', e.source_published, 'quote', e.source_quote),
        'reliability', e.reliability, 'credibility', e.credibility,
        'recorded_at', e.recorded_at, 'recorded_by', e.recorded_by,
        'retracted', CASE WHEN e.retracted_at IS NOT NULL THEN json_build_object(
            'at', e.retracted_at, 'by', e.retracted_by, 'reason', e.retracted_reason) END
    )) ORDER BY e.position) AS history
    FROM entries e WHERE e.facility_id = f.id
) h ON true
"""
FEATURES_SINCE = _FEATURES + "WHERE f.revision > %s"
FEATURE = _FEATURES + "WHERE f.id = %s"
ENTRY_OWNERS = "SELECT id, facility_id FROM entries WHERE id = ANY(%s) AND facility_id <> %s"
REPORT_TEXT = "SELECT text FROM reports WHERE sha256 = %s"

# Writing ----------------------------------------------------------------------------

LOCK_FACILITY = "SELECT id FROM facilities WHERE id = %s FOR UPDATE"
LOCK_FACILITIES = "SELECT id FROM facilities WHERE id = ANY(%s) ORDER BY id FOR UPDATE"
# A write takes the version row first, so writes are serialised and commit in version order.
LOCK_STATE = "SELECT version, modified FROM tracker_state FOR UPDATE"
BUMP = ("UPDATE tracker_state SET version = version + 1, modified = now() "
        "RETURNING version, modified")
NOTIFY = "SELECT pg_notify(%s, %s)"

ENTRY_COLUMNS = ("id", "facility_id", "position", "status", "effective", "date_precision", "note",
                 "source_url", "source_title", "source_publisher", "source_published", "source_quote",
                 "reliability", "credibility", "recorded_at", "recorded_by",
                 "retracted_at", "retracted_by", "retracted_reason")  # the order of an entry's row
INSERT_FACILITY = """INSERT INTO facilities
    (id, name, aliases, kind, operator, country, location_precision, geometry_json, revision)
    VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT (id) DO NOTHING RETURNING id"""
UPDATE_FACILITY = """UPDATE facilities SET name = %s, aliases = %s, kind = %s, operator = %s,
    country = %s, location_precision = %s, geometry_json = %s, revision = %s WHERE id = %s"""
INSERT_ENTRY = """INSERT INTO entries (id, facility_id, position, status, effective, date_precision,
    note, source_url, source_title, source_publisher, source_published, source_quote, reliability,
    credibility, recorded_at, recorded_by, retracted_at, retracted_by, retracted_reason)
    VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"""
UPDATE_ENTRY = """UPDATE entries SET (facility_id, position, status, effective, date_precision,
    note, source_url, source_title, source_publisher, source_published, source_quote, reliability,
    credibility, recorded_at, recorded_by, retracted_at, retracted_by, retracted_reason)
    = (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) WHERE id = %s"""
DELETE_ENTRIES_BUT = "DELETE FROM entries WHERE facility_id = %s AND NOT (id = ANY(%s))"

# Whole facilities at once (import, copy): COPY into a temporary table, then one upsert.
CREATE_INCOMING = """CREATE TEMPORARY TABLE incoming ON COMMIT DROP AS
    SELECT id, name, aliases, kind, operator, country, location_precision, geometry_json, revision
    FROM facilities WITH NO DATA"""
COPY_INCOMING = """COPY incoming
    (id, name, aliases, kind, operator, country, location_precision, geometry_json, revision) FROM STDIN"""
UPSERT_INCOMING = """INSERT INTO facilities
    (id, name, aliases, kind, operator, country, location_precision, geometry_json, revision)
    SELECT id, name, aliases, kind, operator, country, location_precision, geometry_json, revision
    FROM incoming
    ON CONFLICT (id) DO UPDATE SET name = excluded.name, aliases = excluded.aliases,
    kind = excluded.kind, operator = excluded.operator, country = excluded.country,
    location_precision = excluded.location_precision, geometry_json = excluded.geometry_json,
    revision = excluded.revision"""
DELETE_ENTRIES_OF = "DELETE FROM entries WHERE facility_id = ANY(%s)"
COPY_ENTRIES = """COPY entries (id, facility_id, position, status, effective, date_precision,
    note, source_url, source_title, source_publisher, source_published, source_quote, reliability,
    credibility, recorded_at, recorded_by, retracted_at, retracted_by, retracted_reason) FROM STDIN"""

SAVE_REPORT = "INSERT INTO reports (sha256, text) VALUES (%s, %s) ON CONFLICT (sha256) DO NOTHING"
