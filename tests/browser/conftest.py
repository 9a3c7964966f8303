"""Browser fixtures: Debian's chromium (installed here when missing) and a real `vocloop serve`."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
    "--disable-dev-shm-usage",
]
PASSWORD = "browser test password"
EMAIL = "owner@shop.example"


def _install_chromium() -> str | None:
    """Debian's chromium and a CJK font (Chinese pages print as boxes without one)."""
    if shutil.which("chromium") is None or not Path("/usr/share/fonts/opentype/noto").exists():
        if shutil.which("apt-get") is None or os.geteuid() != 0:
            return None
        for command in (
            ["apt-get", "update", "-q"],
            ["apt-get", "install", "-y", "-q", "chromium", "fonts-noto-cjk"],
        ):
            done = subprocess.run(command, capture_output=True, check=False, timeout=900)
            if done.returncode != 0 and command[1] == "install":
                return None
    return shutil.which("chromium")


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = _install_chromium()
    if path is None:
        pytest.skip("Debian's chromium is not installed and cannot be installed here (not root?)")
    return path


@pytest.fixture(scope="session")
def browser(chromium_path: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path, args=LAUNCH_ARGS)
        yield launched
        launched.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def run_vocloop(env: dict[str, str], *args: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "vocloop", *args],
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`vocloop serve` on a free port over a fresh SQLite file, with one tenant and its owner."""
    data = tmp_path_factory.mktemp("served")
    env = {**os.environ, "VOCLOOP_DATA_DIR": str(data), "VOCLOOP_NEW_PASSWORD": PASSWORD}
    env.pop("VOCLOOP_DATABASE_URL", None)
    run_vocloop(env, "tenants", "add", "shop", "--name", "Shop")
    run_vocloop(env, "users", "add", EMAIL, "--tenant", "shop", "--role", "owner")
    with served(env) as url:
        yield url


@contextmanager
def served(env: dict[str, str]) -> Iterator[str]:
    """`vocloop serve` on a free port with this environment, until the block ends."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "vocloop", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.1)
    else:
        process.kill()
        raise AssertionError("vocloop serve did not start")
    try:
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)
