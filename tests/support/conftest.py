"""Support fixtures: a real SMTP server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.mail_servers import MailSink, running_smtp


@pytest.fixture
def smtp_server() -> Iterator[tuple[int, MailSink]]:
    with running_smtp() as server:
        yield server
