"""Schemathesis hooks for ``test_schemathesis.py`` (loaded via ``SCHEMATHESIS_HOOKS``).

``positive_data_acceptance`` is configured (``schemathesis.toml``) to accept a 422
for schema-valid data, because some refusals are semantic and JSON Schema cannot
say them (an unknown stage name, a stage refusing the item, a computation raising).
This check keeps the strict half of it: a schema-valid body must never fail the
app's own model validation ("Validation failed"), which would mean the OpenAPI
document and the pydantic models disagree.
"""

from __future__ import annotations

import json
from typing import Any

import schemathesis
from schemathesis import Case, CheckContext, Response


@schemathesis.check
def schema_valid_bodies_pass_model_validation(
    ctx: CheckContext, response: Response, case: Case[Any]
) -> bool | None:
    """A positive case answered 422 must be a semantic refusal, not "Validation failed"."""
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive or response.status_code != 422:
        return None
    try:
        title = json.loads(response.text).get("title")
    except (ValueError, AttributeError):
        title = None
    if title == "Validation failed":
        msg = f"schema-valid request failed model validation: {response.text[:500]}"
        raise AssertionError(msg)
    return None
