"""The OpenAPI document: valid, complete, made of the model's schemas, true to the answers."""

import re

import jsonschema
import pytest
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tracker import model
from tracker.web import openapi

# The API, the OGC API and the feeds: one document describes them all.
DOCUMENTED_PREFIXES = ("/api/", "/ogc", "/feeds/")
FLASK_PARAMETER = re.compile(r"<(?:[^:<>]+:)?([^<>]+)>")
OPENAPI_PARAMETER = re.compile(r"\{[^{}]+\}")
# The README's "JSON API", as it names them.
PRODUCT_ENDPOINTS = {
    ("GET", "/api/facilities"),
    ("GET", "/api/facilities/{id}"),
    ("GET", "/api/posture"),
    ("GET", "/api/changes"),
    ("POST", "/api/facilities"),
    ("POST", "/api/facilities/{id}/status"),
    ("POST", "/api/facilities/{id}/status/{entry_id}/retract"),
    ("GET", "/api/openapi.json"),
}
MODEL_SCHEMAS = {
    "Facility": model.FEATURE_SCHEMA,
    "NewFacility": model.NEW_FACILITY_SCHEMA,
    "Entry": model.ENTRY_SCHEMA,
    "NewEntry": model.NEW_ENTRY_SCHEMA,
    "Retract": model.RETRACT_SCHEMA,
}


def shape(path):
    """A path with its parameters unnamed, to compare Flask rules with OpenAPI paths."""
    return OPENAPI_PARAMETER.sub("{}", path)


def documented():
    """The (METHOD, path) of every operation in the document."""
    paths = openapi.document()["paths"]
    return {(method.upper(), path) for path, item in paths.items() for method in item}


def served(app):
    """The documented (METHOD, path) that `app` serves: once merged, the writes too."""
    rules = set()
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith(DOCUMENTED_PREFIXES):
            path = shape(FLASK_PARAMETER.sub("{}", rule.rule))
            rules.update((method, path) for method in rule.methods - {"HEAD", "OPTIONS"})
    return {(method, path) for method, path in documented() if (method, shape(path)) in rules}


@pytest.fixture
def document(client):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200 and response.mimetype == "application/json"
    return response.json


def test_the_document_is_valid_openapi_3_1(document):
    validate(document)
    assert document["openapi"].startswith("3.1")
    assert document["jsonSchemaDialect"] == "https://json-schema.org/draft/2020-12/schema"


def test_every_endpoint_of_the_product_is_documented():
    assert {(m, shape(p)) for m, p in PRODUCT_ENDPOINTS} <= {(m, shape(p)) for m, p in documented()}


def test_every_api_route_of_the_app_is_documented(app):
    rules = {(method, shape(FLASK_PARAMETER.sub("{}", rule.rule)))
             for rule in app.url_map.iter_rules() if rule.rule.startswith(DOCUMENTED_PREFIXES)
             for method in rule.methods - {"HEAD", "OPTIONS"}}
    assert rules - {(m, shape(p)) for m, p in documented()} == set()
    assert {(m, shape(p)) for m, p in served(app)} == rules


def resolve(value, schemas):
    """`value` with every `$ref` to a component replaced by the component, all the way down."""
    if isinstance(value, dict):
        if "$ref" in value:
            return resolve(schemas[value["$ref"].rsplit("/", 1)[1]], schemas)
        return {key: resolve(item, schemas) for key, item in value.items()}
    if isinstance(value, list):
        return [resolve(item, schemas) for item in value]
    return value


@pytest.mark.parametrize("name", MODEL_SCHEMAS)
def test_bodies_are_the_models_schemas(document, name):
    schemas = document["components"]["schemas"]
    assert resolve(schemas[name], schemas) == MODEL_SCHEMAS[name]


def test_nested_model_schemas_are_referred_to_not_repeated(document):
    schemas = document["components"]["schemas"]
    history = schemas["Facility"]["properties"]["properties"]["properties"]["status_history"]
    assert history["items"] == {"$ref": "#/components/schemas/Entry"}
    assert schemas["Entry"]["properties"]["source"] == {"$ref": "#/components/schemas/Source"}
    assert schemas["NewEntry"]["properties"]["source"] == {"$ref": "#/components/schemas/Source"}


def test_writes_need_the_bearer_token(document):
    assert document["components"]["securitySchemes"]["bearerAuth"] == {
        "type": "http", "scheme": "bearer",
        "description": "An editor's API token, from `tracker editor token NAME`."}
    for method, path in documented():
        operation = document["paths"][path][method.lower()]
        if method == "POST":
            assert operation["security"] == [{"bearerAuth": []}]
            assert {"400", "401", "413", "422"} <= set(operation["responses"])
        else:
            assert operation["security"] == []  # open to all: no credentials


def validator(document, name):
    """A validator of the document's component `name`, its `$ref`s resolved in the document."""
    registry = Registry().with_resource("urn:api", Resource.from_contents(document, DRAFT202012))
    return jsonschema.Draft202012Validator({"$ref": f"urn:api#/components/schemas/{name}"},
                                           registry=registry)


@pytest.mark.parametrize("url, path, status, name", [
    ("/api/facilities", "/api/facilities", 200, "FacilityCollection"),
    ("/api/facilities?kind=airport", "/api/facilities", 200, "FacilityCollection"),
    ("/api/facilities/qamishli-airport", "/api/facilities/{facility_id}", 200, "Facility"),
    ("/api/posture?date=2026-02-01", "/api/posture", 200, "PostureCollection"),
    ("/api/export?date=2026-01-27", "/api/export", 200, "PostureCollection"),
    ("/api/changes?from=2024-01-01&to=2026-02-01", "/api/changes", 200, "Changes"),
    ("/api/posture?date=2026-02-30", "/api/posture", 400, "Error"),
    ("/api/facilities?status=active", "/api/facilities", 400, "Error"),
    ("/api/facilities/nowhere", "/api/facilities/{facility_id}", 404, "Error"),
])
def test_answers_match_their_documented_schemas(client, document, url, path, status, name):
    response = client.get(url)
    assert response.status_code == status
    validator(document, name).validate(response.json)
    items = response.json.get("features", response.json.get("changes"))
    assert items != []  # checking an empty list against the schema would prove little
    assert response.mimetype in document["paths"][path]["get"]["responses"][str(status)]["content"]


@pytest.mark.parametrize("page", ["/", "/facilities/hisyah"])
def test_the_page_footer_links_the_document_and_the_history(client, page):
    footer = client.get(page).data.decode().split("<footer", 1)[1].split("</footer>")[0]
    assert re.search(r'<a href="/api/history.csv" download>(F|f)ull history \(CSV\)</a>', footer)
    assert '<a href="/api/openapi.json">API (OpenAPI)</a>' in footer
