"""Faults on the way to a reader: the channel layer goes away, a client drops, two processes.

These need Redis. They never touch the Redis that REDIS_URL names (other suites use it): each
test module starts its own ``redis-server`` on a free port without persistence, and stops and
restarts that one.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.db import connection, connections
from django.test import Client
from django.urls import reverse
from websockets.asyncio.client import ClientConnection
from websockets.asyncio.client import connect as ws_connect

from aftercare.asgi import application
from aftercare.models import User
from messaging import consumers
from messaging.models import Message
from tests.auth import sign_in
from tests.conftest import World
from tests.messaging.helpers import match_conversation

pytestmark = [
    pytest.mark.skipif(
        not os.environ.get("REDIS_URL") or shutil.which("redis-server") is None,
        reason="needs Redis: set REDIS_URL (CI does) and have redis-server to start a private one",
    ),
    pytest.mark.asyncio,
    pytest.mark.django_db(transaction=True),
]

ROOT = Path(__file__).resolve().parents[2]
ORIGIN = (b"origin", b"http://localhost")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_listening(port: int, process: subprocess.Popen[bytes], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"process on port {port} exited with {process.returncode}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listens on port {port} after {timeout} s")


@dataclass
class PrivateRedis:
    port: int
    process: subprocess.Popen[bytes] | None = None
    # Which channel layer the test runs on it (settings.REDIS_CHANNEL_LAYER).
    layer: str = "core"

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                *("redis-server", "--port", str(self.port), "--bind", "127.0.0.1"),
                *("--save", "", "--appendonly", "no"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _wait_listening(self.port, self.process)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None


@pytest.fixture(scope="module")
def private_redis() -> Iterator[PrivateRedis]:
    redis = PrivateRedis(_free_port())
    redis.start()
    try:
        yield redis
    finally:
        redis.stop()


def _layer(url: str, kind: str = "core") -> dict[str, Any]:
    if kind == "pubsub":
        # The default of settings.REDIS_CHANNEL_LAYER: the same faults must be survived.
        return {
            "BACKEND": "channels_redis.pubsub.RedisPubSubChannelLayer",
            "CONFIG": {"hosts": [{"address": url, "socket_timeout": 30}]},
        }
    return {
        "BACKEND": "channels_redis.core.RedisChannelLayer",
        "CONFIG": {"hosts": [{"address": url, "socket_timeout": 30}], "capacity": 1500},
    }


@pytest.fixture(params=["core", "pubsub"])
def redis_layer(
    private_redis: PrivateRedis, settings: Any, request: pytest.FixtureRequest
) -> PrivateRedis:
    if private_redis.process is None:
        private_redis.start()
    # "second" is a second layer instance on the same Redis: what another process would hold.
    settings.CHANNEL_LAYERS = {
        "default": _layer(private_redis.url, request.param),
        "second": _layer(private_redis.url, request.param),
    }
    private_redis.layer = request.param
    return private_redis


@pytest_asyncio.fixture(autouse=True)
async def close_worker_connections() -> AsyncIterator[None]:
    yield
    await database_sync_to_async(connections.close_all)()


def _session_cookie(user: User) -> str:
    client = Client()
    sign_in(client, user)
    return str(client.cookies["sessionid"].value)


Connect = Callable[[User], Awaitable[WebsocketCommunicator]]


@pytest_asyncio.fixture
async def connect(redis_layer: PrivateRedis) -> AsyncIterator[Connect]:
    opened: list[WebsocketCommunicator] = []

    async def open_socket(user: User) -> WebsocketCommunicator:
        cookie = await database_sync_to_async(_session_cookie)(user)
        communicator = WebsocketCommunicator(
            application, "/ws/", headers=[(b"cookie", f"sessionid={cookie}".encode()), ORIGIN]
        )
        connected, _ = await communicator.connect(timeout=5)
        assert connected
        assert (await communicator.receive_json_from(timeout=5))["type"] == "ready"
        opened.append(communicator)
        return communicator

    yield open_socket
    for communicator in opened:
        # A socket whose layer died has already ended with that error.
        with contextlib.suppress(Exception):
            await communicator.disconnect()


def send_frame(conversation: int, body: str) -> dict[str, Any]:
    return {
        "type": "send",
        "conversation": conversation,
        "client_id": str(uuid.uuid4()),
        "body": body,
    }


async def live_messages(socket: WebsocketCommunicator, count: int) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    while len(found) < count:
        frame = await socket.receive_json_from(timeout=5)
        if frame["type"] == "message":
            found.append(frame)
    return found


async def sync_after(socket: WebsocketCommunicator, conversation: int, seq: int) -> list[int]:
    await socket.send_json_to({"type": "sync", "conversations": {str(conversation): seq}})
    while True:
        frame = await socket.receive_json_from(timeout=5)
        if frame["type"] == "messages":
            return [message["seq"] for message in frame["messages"]]


def post_message(world: World, conversation: int, body: str) -> int:
    client = Client()
    sign_in(client, world.buddy)
    url = reverse("messaging:conversation-messages", kwargs={"conversation_id": conversation})
    response = client.post(
        url, {"client_id": str(uuid.uuid4()), "body": body}, content_type="application/json"
    )
    return response.status_code


async def test_messages_sent_while_redis_is_down_are_stored_and_resynced(
    world: World, connect: Connect, redis_layer: PrivateRedis
) -> None:
    conversation = (await database_sync_to_async(match_conversation)(world)).pk
    buddy, survivor = await connect(world.buddy), await connect(world.survivor)
    await buddy.send_json_to(send_frame(conversation, "Tot zo!"))
    assert [m["seq"] for m in await live_messages(survivor, 1)] == [1]

    redis_layer.stop()
    statuses = [
        await database_sync_to_async(post_message)(world, conversation, body)
        for body in ("Ben je er nog?", "Fijne avond nog!")
    ]
    assert statuses == [201, 201]
    assert await database_sync_to_async(Message.objects.count)() == 3

    redis_layer.start()
    survivor = await reconnect(connect, world.survivor)
    assert await sync_after(survivor, conversation, 1) == [2, 3]


async def reconnect(connect: Connect, user: User, attempts: int = 20) -> WebsocketCommunicator:
    """As a client does: pooled Redis connections from before the restart fail once each."""
    for _ in range(attempts - 1):
        try:
            return await connect(user)
        except Exception:  # whatever the layer raised: the client tries again
            await asyncio.sleep(0.2)
    return await connect(user)


async def test_client_that_drops_gets_exactly_what_it_missed(
    world: World, connect: Connect
) -> None:
    conversation = (await database_sync_to_async(match_conversation)(world)).pk
    buddy, survivor = await connect(world.buddy), await connect(world.survivor)
    for body in ("Een", "Twee"):
        await buddy.send_json_to(send_frame(conversation, body))
    assert [m["seq"] for m in await live_messages(survivor, 2)] == [1, 2]

    await survivor.disconnect()
    for body in ("Drie", "Vier", "Vijf"):
        await buddy.send_json_to(send_frame(conversation, body))
    await live_messages(buddy, 3)  # stored and broadcast while she was away

    survivor = await connect(world.survivor)
    assert await sync_after(survivor, conversation, 2) == [3, 4, 5]
    assert await survivor.receive_nothing(timeout=0.3)
    await buddy.send_json_to(send_frame(conversation, "Zes"))
    assert [m["seq"] for m in await live_messages(survivor, 1)] == [6]
    assert await survivor.receive_nothing(timeout=0.3)


async def test_heartbeat_names_the_latest_seq_of_a_quiet_conversation(
    world: World, connect: Connect, settings: Any
) -> None:
    settings.MESSAGING_HEARTBEAT_SECONDS = 0.2
    conversation = (await database_sync_to_async(match_conversation)(world)).pk
    survivor = await connect(world.survivor)
    # Stored without a broadcast: the live frame of the last message was lost.
    await database_sync_to_async(post_message_without_broadcast)(world, conversation)
    frame = await survivor.receive_json_from(timeout=3)
    assert frame == {"type": "heartbeat", "latest": {str(conversation): 1}}
    assert await sync_after(survivor, conversation, 0) == [1]


def post_message_without_broadcast(world: World, conversation: int) -> None:
    from tests.messaging.helpers import stored_message

    stored_message(match_conversation(world), world.buddy, "Slaap lekker")
    assert conversation == match_conversation(world).pk


async def test_two_layer_instances_deliver_to_each_others_sockets(
    world: World, connect: Connect
) -> None:
    """In one process: a consumer on a second layer instance stands in for another process."""
    from channels.auth import AuthMiddlewareStack
    from channels.routing import URLRouter
    from channels.security.websocket import AllowedHostsOriginValidator
    from django.urls import path

    second = AllowedHostsOriginValidator(
        AuthMiddlewareStack(
            URLRouter(
                [path("ws/", consumers.ConversationConsumer.as_asgi(channel_layer_alias="second"))]
            )
        )
    )
    conversation = (await database_sync_to_async(match_conversation)(world)).pk
    cookie = await database_sync_to_async(_session_cookie)(world.survivor)
    survivor = WebsocketCommunicator(
        second, "/ws/", headers=[(b"cookie", f"sessionid={cookie}".encode()), ORIGIN]
    )
    assert (await survivor.connect(timeout=5))[0]
    try:
        assert (await survivor.receive_json_from(timeout=5))["type"] == "ready"
        buddy = await connect(world.buddy)
        await buddy.send_json_to(send_frame(conversation, "Hoi van de ene kant"))
        assert [m["body"] for m in await live_messages(survivor, 1)] == ["Hoi van de ene kant"]
        await survivor.send_json_to(send_frame(conversation, "Hoi terug"))
        assert [m["body"] for m in await live_messages(buddy, 2)][-1] == "Hoi terug"
    finally:
        await survivor.disconnect()


def _served_database_env() -> dict[str, str] | None:
    """How a server process finds this test database, or None if it cannot (SQLite in memory)."""
    config = connection.settings_dict
    if config["ENGINE"].endswith("postgresql"):
        user, host = config["USER"] or "postgres", config["HOST"] or "127.0.0.1"
        password = f":{config['PASSWORD']}" if config["PASSWORD"] else ""
        port = config["PORT"] or 5432
        return {"DATABASE_URL": f"postgres://{user}{password}@{host}:{port}/{config['NAME']}"}
    name = str(config["NAME"])
    if "memory" in name or name == "":
        return None
    return {"DATABASE_URL": "", "SQLITE_PATH": name}


@contextlib.contextmanager
def _servers(
    count: int, redis_url: str, database: dict[str, str], layer: str = "core"
) -> Iterator[list[int]]:
    env = {**os.environ, **database, "REDIS_URL": redis_url, "VERDER_TESTING": "1"}
    env["REDIS_CHANNEL_LAYER"] = layer
    env["LOG_LEVEL"] = "WARNING"
    ports = [_free_port() for _ in range(count)]
    processes = [
        subprocess.Popen(
            [
                *(sys.executable, "-m", "uvicorn", "aftercare.asgi:application"),
                *("--host", "127.0.0.1", "--port", str(port), "--lifespan", "off"),
                *("--no-access-log", "--timeout-graceful-shutdown", "2"),
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for port in ports
    ]
    try:
        for port, process in zip(ports, processes, strict=True):
            _wait_listening(port, process, timeout=60)
        yield ports
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)


async def _open(port: int, cookie: str) -> ClientConnection:
    ws = await ws_connect(
        f"ws://127.0.0.1:{port}/ws/",
        origin=f"http://127.0.0.1:{port}",  # type: ignore[arg-type]
        additional_headers={"Cookie": f"sessionid={cookie}"},
        proxy=None,
        open_timeout=10,
    )
    assert json.loads(await asyncio.wait_for(ws.recv(), 10))["type"] == "ready"
    return ws


async def _next_message(ws: ClientConnection) -> dict[str, Any]:
    while True:
        frame: dict[str, Any] = json.loads(await asyncio.wait_for(ws.recv(), 10))
        if frame["type"] == "message":
            return frame


@pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"].endswith("sqlite3")
    and not os.environ.get("VERDER_TEST_DB_NAME"),
    reason="server processes cannot open an in-memory SQLite test database: "
    "needs DATABASE_URL or VERDER_TEST_DB_NAME",
)
async def test_two_server_processes_deliver_to_each_others_clients(
    world: World, redis_layer: PrivateRedis
) -> None:
    database = _served_database_env()
    assert database is not None
    conversation = (await database_sync_to_async(match_conversation)(world)).pk
    buddy_cookie = await database_sync_to_async(_session_cookie)(world.buddy)
    survivor_cookie = await database_sync_to_async(_session_cookie)(world.survivor)
    with _servers(2, redis_layer.url, database, redis_layer.layer) as (first, second):
        buddy, survivor = await _open(first, buddy_cookie), await _open(second, survivor_cookie)
        try:
            await buddy.send(json.dumps(send_frame(conversation, "Via de ene server")))
            assert (await _next_message(survivor))["body"] == "Via de ene server"
            await survivor.send(json.dumps(send_frame(conversation, "En terug")))
            received = [await _next_message(buddy), await _next_message(buddy)]
            assert [frame["body"] for frame in received] == ["Via de ene server", "En terug"]
        finally:
            await buddy.close()
            await survivor.close()
