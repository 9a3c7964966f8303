"""A fake SP-API server for tests and benchmarks (never shipped in the package)."""

from tests.spapi_fake.documents import DocumentSpec, fixture_text
from tests.spapi_fake.server import FakeSpapi, Fault, Seller

__all__ = ["DocumentSpec", "FakeSpapi", "Fault", "Seller", "fixture_text"]
