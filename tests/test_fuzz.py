"""Fuzzing the API from its OpenAPI document (schemathesis): no answer is a server error.

Each documented operation that the app serves is fuzzed with data that fits the
document and data that does not; the document decides what is tried, so endpoints
added later are fuzzed as soon as they are served.
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings, strategies
from schemathesis import GenerationMode

from tests.test_openapi import served
from tracker import create_app
from tracker.cli import main

# Few examples, fixed seed: a quick, repeatable suite, not a long hunt.
FUZZ = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                suppress_health_check=list(HealthCheck))
# Schema-valid requests that the API rightly refuses (from after to, a future date)
# are not failures: the document cannot say those rules.
EXCLUDED = [schemathesis.checks.positive_data_acceptance]
# A SECRET_KEY, so that listing the routes makes no key file in instance/.
OPERATIONS = sorted(served(create_app({"TESTING": True, "SECRET_KEY": "only to list the routes"})))
# Schemathesis' WSGI transport does not undo Content-Encoding: ask for plain answers.
PLAIN = {"Accept-Encoding": "identity"}


@pytest.fixture
def headers(app, runner):
    """Headers of every request: an editor's token, from `tracker editor`."""
    if "editor" not in main.commands:
        return PLAIN
    env = {"TRACKER_INSTANCE": app.instance_path, "TRACKER_DATA": app.config["DATA"]}
    added = runner.invoke(main, ["editor", "add", "fuzzer", "--password-stdin"],
                          input="a long passphrase for fuzzing\n", env=env)
    token = runner.invoke(main, ["editor", "token", "fuzzer"], env=env)
    assert added.exit_code == token.exit_code == 0, added.output + token.output
    return {**PLAIN, "Authorization": f"Bearer {token.output.split()[-1]}"}


@pytest.mark.parametrize("method, path", OPERATIONS)
def test_no_server_error(app, headers, method, path):
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", app)
    operation = schema[path][method]

    @given(case=strategies.one_of(operation.as_strategy(mode) for mode in GenerationMode))
    @FUZZ
    def fuzz(case):
        case.call_and_validate(headers=headers, excluded_checks=EXCLUDED)

    fuzz()
