"""The JSON API fuzzed from its own OpenAPI schema (schemathesis, through ASGI): whatever the
parameters and bodies -- valid by the schema, or deliberately invalid -- no answer is a server error.

Every operation is run, the review actions included: without the token they must refuse, not fail;
with the token (on a copy of the test record, since they write) they must do or refuse, not fail.
Examples per operation are bounded so the whole run stays well under a minute.
"""
from __future__ import annotations

import os
import sqlite3
from contextlib import closing

import pytest

from conftest import REVIEW_TOKEN, make_app

MAX_EXAMPLES = 50  # per operation and generation mode
# Under CI the examples are the same every run (a red CI is then a regression, never a lucky draw);
# elsewhere every run draws new ones.
DERANDOMIZE = os.environ.get("CI", "").lower() == "true"


@pytest.fixture(scope="module")
def api_schema(web_db, tmp_path_factory):
    """The API's schema, bound to an app on a copy of the test record (the review actions write)."""
    import schemathesis

    copy = tmp_path_factory.mktemp("fuzz") / "record.db"
    with closing(sqlite3.connect(web_db.url.removeprefix("sqlite:///"))) as source, \
            closing(sqlite3.connect(copy)) as target:
        source.backup(target)  # consistent even while the live server has the record open
    return schemathesis.openapi.from_asgi("/openapi.json", make_app(f"sqlite:///{copy}"))


def test_schema_lists_the_main_endpoints(api_schema):
    paths = set(api_schema.raw_schema["paths"])
    for path in ("/api/events", "/api/persons/{person}", "/api/parties/{code}", "/api/flows", "/api/coalitions",
                 "/api/review/confirm/{event_id}"):
        assert path in paths


@pytest.mark.parametrize("mode,token", [("positive", False), ("negative", False), ("positive", True),
                                        ("negative", True)])
def test_no_input_gives_a_server_error(api_schema, mode, token):
    from hypothesis import HealthCheck, given, settings
    from schemathesis import GenerationMode
    from schemathesis.checks import not_a_server_error

    headers = {"Authorization": f"Bearer {REVIEW_TOKEN}"} if token else None
    failures, operations = [], 0
    for result in api_schema.get_all_operations():
        operation = result.ok()
        if token and not operation.path.startswith("/api/review/"):
            continue  # the token changes nothing elsewhere
        operations += 1

        @given(case=operation.as_strategy(generation_mode=GenerationMode(mode)))
        @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None, derandomize=DERANDOMIZE,
                  suppress_health_check=list(HealthCheck))
        def run(case) -> None:
            case.call_and_validate(headers=headers, checks=[not_a_server_error])

        try:
            run()
        except Exception as error:  # collect every operation's failure, then report them together
            failures.append(f"{operation.label}: {type(error).__name__}: {error}")
    assert operations >= (3 if token else 10)
    assert not failures, "\n\n".join(failures)
