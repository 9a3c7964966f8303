"""A real IMAP server on 127.0.0.1 for tests: pymap's in-memory backend in a subprocess.

pymap rather than Debian's dovecot: it installs with pip (no root, no system service), starts in
about a second with a throw-away in-memory mailbox per test, and speaks plain IMAP4rev1 on
loopback, which is what imaplib (our client) needs. Its demo user is the mailbox owner.
"""

from __future__ import annotations

import imaplib
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.mail_servers import free_port

USER, PASSWORD = "demouser", "demopass"
FOLDER = "Support"


@dataclass(frozen=True)
class ImapServer:
    port: int
    user: str = USER
    password: str = PASSWORD
    folder: str = FOLDER

    def url(self) -> str:
        return f"imap+plain://{self.user}@127.0.0.1:{self.port}?folder={self.folder}"

    def append(self, raw: bytes) -> None:
        """Deliver a mail into the support folder, as the mail server would."""
        client = imaplib.IMAP4("127.0.0.1", self.port, timeout=10)
        try:
            client.login(self.user, self.password)
            status, _ = client.append(self.folder, None, None, raw)
            assert status == "OK"
        finally:
            client.logout()

    def unread(self) -> int:
        client = imaplib.IMAP4("127.0.0.1", self.port, timeout=10)
        try:
            client.login(self.user, self.password)
            client.select(self.folder)
            _, found = client.uid("SEARCH", None, "UNSEEN")  # type: ignore[arg-type]
            return len(found[0].split()) if found and found[0] else 0
        finally:
            client.logout()


def pymap_command() -> list[str] | None:
    beside = Path(sys.executable).with_name("pymap")
    found = str(beside) if beside.exists() else shutil.which("pymap")
    return [found] if found else None


@contextmanager
def running_imap() -> Iterator[ImapServer]:
    command = pymap_command()
    if command is None:
        import pytest

        pytest.skip("pymap is not installed (pip install pymap)")
    port = free_port()
    process = subprocess.Popen(
        [*command, "--host", "127.0.0.1", "--port", str(port), "--no-tls", "dict", "--demo-data"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("pymap did not start") from None
                time.sleep(0.1)
        client = imaplib.IMAP4("127.0.0.1", port, timeout=10)
        client.login(USER, PASSWORD)
        client.create(FOLDER)
        client.logout()
        yield ImapServer(port)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
