"""The data model: vocabularies and JSON Schemas (`schemas`), and their validation (`validation`).

`from tracker import model` gives the vocabularies and schemas by name (`model.STATUSES`,
`model.FEATURE_SCHEMA`); `tracker.model.validation` checks data against them.
"""

from tracker.model.schemas import (  # noqa: F401 (re-exported)
    STATUSES, KINDS, LOCATION_PRECISIONS, DATE_PRECISIONS, RELIABILITY, CREDIBILITY,
    SLUG_PATTERN, ENTRY_ID_PATTERN, URL_PATTERN, SOURCE_SCHEMA, RETRACTION_SCHEMA, ENTRY_SCHEMA,
    POINT_SCHEMA, POLYGON_SCHEMA, FACILITY_PROPERTIES_SCHEMA, FEATURE_SCHEMA,
    ENTRY_SERVER_FIELDS, without, NEW_ENTRY_SCHEMA, NEW_FACILITY_PROPERTIES_SCHEMA,
    NEW_FACILITY_SCHEMA, RETRACT_SCHEMA
)
