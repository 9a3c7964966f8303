"""Checking requests against Amazon's Swagger models: path, parameters and body, as Amazon would."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema

MODELS = Path(__file__).parent / "models"
MODEL_FILES = (
    "reports_2021-06-30.json",
    "customerFeedback_2024-06-01.json",
    "solicitations.json",
    "ordersV0.json",
)

_FORMATS = jsonschema.FormatChecker()


@_FORMATS.checks("date-time", raises=ValueError)
def _is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        raise ValueError("date-time without a time zone")
    return True


class RequestInvalid(Exception):
    """The request does not fit the model: Amazon answers 400 InvalidInput."""


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    template: str
    pattern: re.Pattern[str]
    parameters: tuple[dict[str, Any], ...]
    definitions: dict[str, Any]
    spec: dict[str, Any]

    def sandbox(self, status: str) -> list[dict[str, Any]]:
        response = self.spec["responses"].get(status, {})
        return list(response.get("x-amzn-api-sandbox", {}).get("static", []))


def _compile(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    regex = "".join(
        f"(?P<{part[1:-1]}>[^/]+)" if part.startswith("{") else re.escape(part) for part in parts
    )
    return re.compile(f"^{regex}$")


def load_operations() -> list[Operation]:
    operations = []
    for name in MODEL_FILES:
        model = json.loads((MODELS / name).read_text(encoding="utf-8"))
        for template, item in model["paths"].items():
            shared = item.get("parameters", [])
            for method, spec in item.items():
                if method == "parameters":
                    continue
                operations.append(
                    Operation(
                        operation_id=spec["operationId"],
                        method=method.upper(),
                        template=template,
                        pattern=_compile(template),
                        parameters=tuple(shared + spec.get("parameters", [])),
                        definitions=model.get("definitions", {}),
                        spec=spec,
                    )
                )
    return operations


def find_operation(
    operations: list[Operation], method: str, path: str
) -> tuple[Operation, dict[str, str]] | None:
    for operation in operations:
        if operation.method != method:
            continue
        found = operation.pattern.match(path)
        if found:
            return operation, found.groupdict()
    return None


def _parameter_schema(parameter: dict[str, Any]) -> dict[str, Any]:
    keys = (
        "type",
        "enum",
        "pattern",
        "maxLength",
        "minLength",
        "maxItems",
        "minItems",
        "items",
        "maximum",
        "minimum",
        "format",
    )
    return {key: parameter[key] for key in keys if key in parameter}


def _convert(parameter: dict[str, Any], raw: list[str]) -> Any:
    kind = parameter.get("type")
    if kind == "array":
        if parameter.get("collectionFormat") == "multi":
            values = raw
        else:
            values = [v for value in raw for v in value.split(",")]
        item_type = parameter.get("items", {}).get("type")
        return [_scalar(item_type, value) for value in values]
    if len(raw) > 1:
        raise RequestInvalid(f"{parameter['name']} given more than once")
    return _scalar(kind, raw[0])


def _scalar(kind: str | None, value: str) -> Any:
    if kind == "integer":
        try:
            return int(value)
        except ValueError:
            raise RequestInvalid(f"'{value}' is not an integer") from None
    if kind == "boolean":
        if value not in ("true", "false"):
            raise RequestInvalid(f"'{value}' is not a boolean")
        return value == "true"
    return value


def validate_request(
    operation: Operation,
    path_values: dict[str, str],
    query: dict[str, list[str]],
    body: bytes,
) -> dict[str, Any]:
    """The request's parameters, typed; RequestInvalid names the first thing Amazon would refuse."""
    values: dict[str, Any] = {}
    known_query = {p["name"] for p in operation.parameters if p["in"] == "query"}
    unknown = sorted(set(query) - known_query)
    if unknown:
        raise RequestInvalid(f"unknown query parameter(s): {', '.join(unknown)}")
    for parameter in operation.parameters:
        name, place = parameter["name"], parameter["in"]
        if place == "body":
            values[name] = _validate_body(operation, parameter, body)
            continue
        if place == "path":
            raw = [path_values[name]]
        elif place == "query":
            raw = query.get(name, [])
        else:
            continue
        if not raw:
            if parameter.get("required"):
                raise RequestInvalid(f"required parameter {name} is missing")
            continue
        value = _convert(parameter, raw)
        errors = sorted(
            jsonschema.Draft4Validator(
                _parameter_schema(parameter), format_checker=_FORMATS
            ).iter_errors(value),
            key=str,
        )
        if errors:
            raise RequestInvalid(f"{name}: {errors[0].message}")
        values[name] = value
    return values


def _validate_body(operation: Operation, parameter: dict[str, Any], body: bytes) -> Any:
    if not body:
        if parameter.get("required"):
            raise RequestInvalid("the request body is missing")
        return None
    try:
        document = json.loads(body)
    except ValueError:
        raise RequestInvalid("the request body is not JSON") from None
    schema = {**parameter["schema"], "definitions": operation.definitions}
    validator = jsonschema.Draft4Validator(schema, format_checker=_FORMATS)
    errors = sorted(validator.iter_errors(document), key=str)
    if errors:
        where = "/".join(str(part) for part in errors[0].absolute_path) or "body"
        raise RequestInvalid(f"{where}: {errors[0].message}")
    ref = parameter["schema"].get("$ref", "")
    definition = operation.definitions.get(ref.rsplit("/", 1)[-1], {})
    extra = sorted(set(document) - set(definition.get("properties", document)))
    if extra:
        raise RequestInvalid(f"unknown body field(s): {', '.join(extra)}")
    return document
