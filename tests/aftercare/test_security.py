"""Security settings a user never sees but an attacker tries: headers, deploy check, idle time."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from cryptography.fernet import Fernet
from django.test import Client
from django.urls import reverse

from aftercare.middleware import LAST_SEEN_KEY
from tests.auth import sign_in
from tests.conftest import World

ROOT = Path(__file__).resolve().parents[2]


def production_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VERDER_", "DJANGO_"))}
    env.update(
        DEBUG="0",
        SECRET_KEY="x" * 20 + "a-long-random-production-secret-key-for-the-check-0123456789",
        ALLOWED_HOSTS="verder.example.nl",
        FIELD_ENCRYPTION_KEYS=Fernet.generate_key().decode(),
        DJANGO_SETTINGS_MODULE="aftercare.settings",
    )
    env.pop("DATABASE_URL", None)
    return env


def run_manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_check_deploy_is_clean_with_production_settings() -> None:
    result = run_manage("check", "--deploy", env=production_env())
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout, result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key() -> None:
    env = production_env()
    env.pop("SECRET_KEY")
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_deploy_check_demands_field_encryption_keys() -> None:
    env = production_env()
    env.pop("FIELD_ENCRYPTION_KEYS")
    result = run_manage("check", "--deploy", env=env)
    assert "verder.E001" in result.stdout + result.stderr


def test_pages_send_strict_headers(world: World) -> None:
    client = Client()
    sign_in(client, world.survivor)
    response = client.get(reverse("api:me"))
    csp = response["Content-Security-Policy"]
    script = next(part for part in csp.split(";") if part.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in script
    assert "frame-ancestors 'none'" in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]


def test_survivor_is_signed_out_after_fifteen_idle_minutes(world: World) -> None:
    client = Client()
    sign_in(client, world.survivor)
    assert client.get(reverse("api:me")).status_code == 200
    session = client.session
    session[LAST_SEEN_KEY] = int(time.time()) - 16 * 60
    session.save()
    assert client.get(reverse("api:me")).status_code == 403
    assert client.get(reverse("api:me")).status_code == 403


def test_coordinator_stays_signed_in_after_fifteen_idle_minutes(world: World) -> None:
    client = Client()
    sign_in(client, world.coordinator)
    client.get(reverse("api:me"))
    session = client.session
    session[LAST_SEEN_KEY] = int(time.time()) - 16 * 60
    session.save()
    assert client.get(reverse("api:me")).status_code == 200
