"""The OpenAPI document passes redocly's recommended rules and Spectral's OAS ruleset, as served.

Both linters come from npm (tools/openapi-lint, installed by `make test` with `npm ci`)
and run offline here: the rulesets ship inside the packages, telemetry is off.
"""

import json
import os
import subprocess
from pathlib import Path

import pytest

LINT = Path(__file__).resolve().parent.parent / "tools" / "openapi-lint"
BIN = LINT / "node_modules" / ".bin"
OFFLINE = {"REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true", "NO_UPDATE_NOTIFIER": "1"}


@pytest.fixture
def document_file(client, tmp_path):
    """The document as `make run` serves it, saved for the linters."""
    response = client.get("/api/openapi.json", base_url="http://127.0.0.1:5000")
    assert response.json["servers"] == [{"url": "http://127.0.0.1:5000", "description": "This server"}]
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps(response.json), encoding="utf-8")
    return path


def lint(*args):
    done = subprocess.run([str(BIN / args[0]), *map(str, args[1:])], cwd=LINT, capture_output=True,
                          text=True, timeout=300, env={**os.environ, **OFFLINE})
    return done.returncode, done.stdout, done.stderr


def test_redocly_recommended_finds_nothing(document_file):
    code, out, err = lint("redocly", "lint", "--config", "redocly.yaml", "--format", "json", document_file)
    report = json.loads(out)
    assert code == 0 and report["totals"] == {"errors": 0, "warnings": 0, "ignored": 0}, report["problems"]


def test_spectral_oas_finds_nothing(document_file):
    code, out, err = lint("spectral", "lint", "--ruleset", ".spectral.yaml", "--fail-severity", "hint",
                          "--format", "json", document_file)
    results, _ = json.JSONDecoder().raw_decode(out)  # the JSON, then a sentence
    assert code == 0 and results == [], out + err


def test_open_operations_say_so_and_writes_link_to_retract(document_file):
    document = json.loads(document_file.read_text())
    operations = [op for item in document["paths"].values() for op in item.values()]
    assert all(op["tags"] and op["description"] for op in operations)
    assert {tag["name"] for tag in document["tags"]} == {tag for op in operations for tag in op["tags"]}
    reads = [op for item in document["paths"].values() for method, op in item.items() if method == "get"]
    assert all(op["security"] == [] and {"206", "304", "416"} <= set(op["responses"]) for op in reads)
    created = document["paths"]["/api/facilities"]["post"]["responses"]["201"]["links"]
    added = document["paths"]["/api/facilities/{facility_id}/status"]["post"]["responses"]["201"]["links"]
    assert created["addStatus"]["operationId"] == "addStatus"
    assert added["retractStatus"]["parameters"] == {"facility_id": "$request.path.facility_id",
                                                   "entry_id": "$response.body#/id"}
