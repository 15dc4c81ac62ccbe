"""Browser tests: the system Chromium, headless, against the real ASGI app served by Daphne.

How the server runs (chosen over channels' ChannelsLiveServerTestCase):

- pytest-django creates the test database as usual, but as a *file*: this conftest sets
  ``DATABASES["default"]["TEST"]["NAME"]`` to a temporary SQLite file before it is created (or
  keeps ``VERDER_TEST_DB_NAME`` when that is set). On PostgreSQL the test name is set explicitly,
  so there is no guessing of ``test_<name>`` (django/channels#2176).
- Daphne is started once per session as a child *process* (``python -m daphne``) on a free local
  port, with ``SQLITE_PATH`` (or ``DATABASE_URL``) pointing at that test database and
  ``VERDER_TESTING=1``. A fresh interpreter, not a fork: no inherited asgiref executor thread
  and no half-copied database connections, which are what make the forking test case hang.
- Tests use ``django_db(transaction=True)``: rows are committed, so the server sees them, and
  the tables are flushed after each test.
- ``QUICK_EXIT_URL`` of the server is a neutral address on a reserved domain; the tests answer
  it with ``page.route``, so nothing leaves the machine.

Playwright's sync API keeps an event loop running in this thread, so Django's async-safety
check would refuse the ORM calls of the tests. ``DJANGO_ALLOW_ASYNC_UNSAFE`` is set per test
here only (never globally), and this suite runs in its own pytest process:
``DJANGO_ALLOW_ASYNC_UNSAFE=true pytest -m browser tests/frontend/browser``.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from django.conf import settings
from django.contrib.auth.hashers import Argon2PasswordHasher
from django.contrib.sessions.models import Session
from django.test import Client
from django_otp.oath import totp
from playwright.sync_api import BrowserContext

from aftercare.models import User
from tests.auth import sign_in as sign_in_client

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
EXIT_URL = "https://neutral.example/weer"
NEUTRAL_PAGE = "<!doctype html><html lang='nl'><title>Weer</title><h1>Het weer</h1></html>"
SERVER_START_TIMEOUT = 30.0

SignIn = Callable[[User], str]


@pytest.fixture(scope="session")
def chromium_path() -> Path:
    if not CHROMIUM.exists():
        reason = f"Chromium not found at {CHROMIUM}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason}; CI must run the browser tests.")
        pytest.skip(reason)
    return CHROMIUM


@pytest.fixture(scope="session")
def django_db_modify_db_settings(
    django_db_modify_db_settings_parallel_suffix: None,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[None]:
    database = settings.DATABASES["default"]
    test = database.setdefault("TEST", {})
    scratch: Path | None = None
    if database["ENGINE"] == "django.db.backends.sqlite3":
        name = str(test.get("NAME") or "")
        if not name or name == ":memory:" or "mode=memory" in name:
            scratch = _scratch_dir(tmp_path_factory)
            test["NAME"] = str(scratch / "test.sqlite3")
    elif not test.get("NAME"):
        test["NAME"] = f"test_{database['NAME']}"
    yield
    if scratch is not None:
        shutil.rmtree(scratch, ignore_errors=True)


def _scratch_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A RAM-backed directory when there is one: every commit of both processes is an fsync."""
    shm = Path("/dev/shm")  # noqa: S108 (a private directory is made inside it)
    if shm.is_dir() and os.access(shm, os.W_OK):
        return Path(tempfile.mkdtemp(prefix="verder-browser-", dir=shm))
    return tmp_path_factory.mktemp("verder-browser-db")


def _database_env(database: dict[str, Any]) -> dict[str, str]:
    if database["ENGINE"] == "django.db.backends.sqlite3":
        return {"SQLITE_PATH": str(database["NAME"]), "DATABASE_URL": ""}
    credentials = quote(str(database.get("USER") or ""), safe="")
    if database.get("PASSWORD"):
        credentials += ":" + quote(str(database["PASSWORD"]), safe="")
    host = database.get("HOST") or "localhost"
    port = f":{database['PORT']}" if database.get("PORT") else ""
    return {"DATABASE_URL": f"postgres://{credentials}@{host}{port}/{database['NAME']}"}


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_until_serving(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"Daphne exited with {process.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 (local URL)
                if response.status == 200:
                    return
        except urllib.error.HTTPError as error:
            # It answers, but not with the page: waiting will not help.
            raise RuntimeError(f"Daphne answered {error.code}:\n{log.read_text()}") from None
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    raise RuntimeError(f"Daphne did not answer within {SERVER_START_TIMEOUT} s:\n{log.read_text()}")


@pytest.fixture(scope="session", autouse=True)
def live_url(
    chromium_path: Path,
    django_db_setup: None,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[str]:
    """The base URL of a Daphne child process serving the project on the test database."""
    from django.db import connection

    port = _free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "aftercare.settings",
        "VERDER_TESTING": "1",
        "DEBUG": "",
        "QUICK_EXIT_URL": EXIT_URL,
        "LOG_LEVEL": "WARNING",
        **_database_env(connection.settings_dict),
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    log = tmp_path_factory.mktemp("verder-browser-server") / "daphne.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "daphne",
                "-b",
                "127.0.0.1",
                "-p",
                str(port),
                "aftercare.asgi:application",
            ],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_serving(f"{url}/accounts/login/", process, log)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(autouse=True)
def _orm_beside_playwright(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser_type_launch_args(
    browser_type_launch_args: dict[str, Any], chromium_path: Path
) -> dict[str, Any]:
    return {
        **browser_type_launch_args,
        "executable_path": str(chromium_path),
        "args": CHROMIUM_ARGS,
        "headless": True,
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any], live_url: str) -> dict[str, Any]:
    # English pages, so the tests do not depend on a compiled Dutch catalogue.
    return {**browser_context_args, "base_url": live_url, "locale": "en-GB"}


@pytest.fixture
def sign_in(context: BrowserContext, live_url: str) -> SignIn:
    """Sign a user in by session cookie, so the history holds no login page."""

    def sign_in_as(user: User) -> str:
        client = Client()
        sign_in_client(client, user)
        key = client.cookies[settings.SESSION_COOKIE_NAME].value
        context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": key, "url": live_url}])
        return key

    return sign_in_as


def give_server_password(user: User, password: str) -> None:
    """The test process hashes with fast MD5 (tests/conftest.py); the server only knows the
    project's hashers, so a password it must check is stored as Argon2."""
    hasher = Argon2PasswordHasher()
    user.password = hasher.encode(password, hasher.salt())
    user.save(update_fields=["password"])


def app_code(key: bytes, steps_ahead: int = 0) -> str:
    """What an authenticator app holding this key shows now (or a time step later)."""
    return f"{totp(key, step=30, drift=steps_ahead):06d}"


def session_exists(key: str) -> bool:
    return Session.objects.filter(session_key=key).exists()
