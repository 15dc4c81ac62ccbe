"""The clients of a run and its rising-rate steps.

Every user of the population holds one WebSocket, spread round-robin over the server processes
(a peer group's members sit on different processes, so its fan-out crosses Redis). A client keeps
what a real one keeps: the ids it holds, the contiguous sequence number it holds per
conversation, the sends not yet acknowledged. It resyncs after a reconnect, on a sequence gap
that outlives a short grace, and when a heartbeat names a later sequence than it holds; after a
reconnect it resends what was never acknowledged, with the same client id.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import resource
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake
from websockets.typing import Origin

from messaging.bench.database import Population
from messaging.bench.servers import Server, total_cpu_seconds

# Everyday lines that the moderation pipeline allows: the benchmark measures delivery.
BODIES = (
    "Hoi, hoe gaat het met je?",
    "Zin in zaterdag? Ik neem koekjes mee.",
    "Wat een mooi weer vandaag!",
    "Goed gedaan, ik ben trots op je.",
    "Heb je de film nog gezien?",
    "Lekker gekookt vanavond, pasta!",
    "Succes morgen op school.",
)
GAP_GRACE = 1.0
CONNECT_TIMEOUT = 30.0


@dataclass
class StepStats:
    rate: float
    started: float = 0.0
    sent: int = 0
    acked: int = 0
    last_ack: float = 0.0
    deliveries: int = 0
    latencies_ms: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)
    reconnects: int = 0
    reconnect_failures: int = 0


@dataclass
class Sent:
    at: float
    stats: StepStats
    frame: dict[str, Any]


class Client:
    def __init__(self, run: Run, user_id: int, server: Server) -> None:
        self.run = run
        self.user_id = user_id
        self.conversation = run.population.conversation_of[user_id]
        self.cookie = run.population.cookies[user_id]
        self.server = server
        self.ws: ClientConnection | None = None
        self.reader: asyncio.Task[None] | None = None
        self.ready = asyncio.Event()
        self.online = False
        self.received: set[int] = set()
        self.live: set[int] = set()
        self.seqs: set[int] = set()
        self.have_upto = 0
        self.pending: dict[str, dict[str, Any]] = {}
        self.sync_pending = False
        self.gap_check: asyncio.Task[None] | None = None
        self.heartbeat_latest = 0
        self.live_duplicates = 0
        self.overlap = 0
        self.recovered = 0

    async def connect(self) -> None:
        self.ready = asyncio.Event()
        self.ws = await connect(
            self.server.url,
            origin=Origin(self.server.origin),
            additional_headers={"Cookie": f"sessionid={self.cookie}"},
            compression=None,
            proxy=None,
            open_timeout=CONNECT_TIMEOUT,
            max_queue=None,
        )
        self.reader = asyncio.create_task(self._read(self.ws))
        await asyncio.wait_for(self.ready.wait(), CONNECT_TIMEOUT)
        self.online = True
        await self.sync()
        for frame in list(self.pending.values()):
            await self.send_frame(frame)

    async def drop(self) -> None:
        self.online = False
        if self.ws is not None:
            await self.ws.close()
        if self.reader is not None:
            await self.reader
        self.sync_pending = False

    async def send_frame(self, frame: dict[str, Any]) -> None:
        if self.ws is None:
            return
        with contextlib.suppress(ConnectionClosed):
            await self.ws.send(json.dumps(frame))

    async def sync(self) -> None:
        if self.sync_pending or not self.online:
            return
        self.sync_pending = True
        await self.send_frame(
            {"type": "sync", "conversations": {str(self.conversation): self.have_upto}}
        )

    async def _read(self, ws: ClientConnection) -> None:
        with contextlib.suppress(ConnectionClosed):
            async for raw in ws:
                self.on_frame(json.loads(raw), time.perf_counter())

    def _hold(self, message: dict[str, Any]) -> bool:
        """Record a message; False if the client already held it."""
        message_id = int(message["id"])
        if message_id in self.received:
            return False
        self.received.add(message_id)
        self.seqs.add(int(message["seq"]))
        while self.have_upto + 1 in self.seqs:
            self.have_upto += 1
        return True

    def on_frame(self, frame: dict[str, Any], now: float) -> None:
        kind = frame.get("type")
        if kind == "message":
            message_id = int(frame["id"])
            if message_id in self.live:
                self.live_duplicates += 1
                return
            self.live.add(message_id)
            if not self._hold(frame):
                self.overlap += 1
                return
            if frame["sender"] != self.user_id:
                sent = self.run.sent.get(frame["client_id"])
                if sent is not None:
                    sent.stats.deliveries += 1
                    sent.stats.latencies_ms.append((now - sent.at) * 1000)
            if int(frame["seq"]) > self.have_upto:
                self._check_gap_later(int(frame["seq"]))
        elif kind == "messages":
            self.sync_pending = False
            for message in frame["messages"]:
                if self._hold(message):
                    if message["sender"] != self.user_id:
                        self.recovered += 1
                else:
                    self.overlap += 1
            if frame["has_more"]:
                asyncio.get_running_loop().create_task(self.sync())
            else:
                # Everything visible up to latest_seq was in the answer: the rest is not for her.
                self.have_upto = max(self.have_upto, int(frame["latest_seq"]))
                while self.have_upto + 1 in self.seqs:
                    self.have_upto += 1
        elif kind == "ack":
            if self.pending.pop(frame["client_id"], None) is not None:
                sent = self.run.sent.get(frame["client_id"])
                if sent is not None:
                    sent.stats.acked += 1
                    sent.stats.last_ack = now
        elif kind == "heartbeat":
            # What the previous heartbeat named and is still missing was lost, not late.
            if self.heartbeat_latest > self.have_upto:
                asyncio.get_running_loop().create_task(self.sync())
            self.heartbeat_latest = int(frame["latest"].get(str(self.conversation), 0))
        elif kind == "ready":
            self.ready.set()
        elif kind == "error":
            stats = self.run.current
            code = str(frame.get("code"))
            stats.errors[code] = stats.errors.get(code, 0) + 1
            client_id = frame.get("client_id")
            if isinstance(client_id, str):
                self.pending.pop(client_id, None)

    def _check_gap_later(self, seen: int) -> None:
        if self.gap_check is None or self.gap_check.done():
            self.gap_check = asyncio.get_running_loop().create_task(self._gap_after_grace(seen))

    async def _gap_after_grace(self, seen: int) -> None:
        # Two processes publish in commit order only per process: a later seq may overtake.
        await asyncio.sleep(GAP_GRACE)
        if self.have_upto < seen:
            await self.sync()


class Run:
    def __init__(self, population: Population, servers: list[Server], seed: int) -> None:
        self.population = population
        self.servers = servers
        self.random = random.Random(seed)
        self.sent: dict[str, Sent] = {}
        self.current = StepStats(0)
        self.last_id = 0
        user_ids = sorted(population.conversation_of)
        self.clients = {
            user_id: Client(self, user_id, servers[index % len(servers)])
            for index, user_id in enumerate(user_ids)
        }

    async def open_all(self, parallel: int = 40) -> None:
        gate = asyncio.Semaphore(parallel)

        async def one(client: Client) -> None:
            async with gate:
                await client.connect()

        await asyncio.gather(*(one(client) for client in self.clients.values()))

    async def close_all(self) -> None:
        await asyncio.gather(
            *(client.drop() for client in self.clients.values()), return_exceptions=True
        )

    async def send_one(self, stats: StepStats) -> None:
        online = [client for client in self.clients.values() if client.online]
        client = self.random.choice(online)
        client_id = str(uuid.uuid4())
        frame = {
            "type": "send",
            "conversation": client.conversation,
            "client_id": client_id,
            "body": self.random.choice(BODIES),
        }
        self.sent[client_id] = Sent(time.perf_counter(), stats, frame)
        client.pending[client_id] = frame
        stats.sent += 1
        await client.send_frame(frame)

    async def reconnect_some(self, stats: StepStats, at: float, count: int, away: float) -> None:
        await asyncio.sleep(max(0.0, at - time.perf_counter()))
        chosen = self.random.sample(list(self.clients.values()), count)
        await asyncio.gather(*(client.drop() for client in chosen))
        await asyncio.sleep(away)
        for client in chosen:
            for attempt in range(20):
                try:
                    await client.connect()
                    stats.reconnects += 1
                    break
                except (OSError, InvalidHandshake, TimeoutError, ConnectionClosed):
                    stats.reconnect_failures += 1
                    await asyncio.sleep(min(2.0, 0.1 * 2**attempt))

    def missing(self, stored: list[tuple[int, int, int]]) -> int:
        count = 0
        for message_id, conversation_id, sender_id in stored:
            for user_id in self.population.members[conversation_id]:
                if user_id != sender_id and message_id not in self.clients[user_id].received:
                    count += 1
        return count

    async def step(
        self,
        rate: float,
        seconds: float,
        *,
        drops: int,
        drain: float,
        stored_since: Callable[[int], list[tuple[int, int, int]]],
    ) -> dict[str, Any]:
        stats = StepStats(rate)
        self.current = stats
        first_id = self.last_id
        cpu_before = total_cpu_seconds(self.servers)
        own_before = _own_cpu_seconds()
        before = {
            user_id: (c.live_duplicates, c.overlap, c.recovered)
            for user_id, c in self.clients.items()
        }
        stats.started = start = time.perf_counter()
        reconnecting = asyncio.create_task(
            self.reconnect_some(stats, start + seconds / 2, drops, away=min(1.0, seconds / 4))
        )
        number = 0
        while (now := time.perf_counter()) < start + seconds:
            due = int((now - start) * rate)
            while number < due:
                await self.send_one(stats)
                number += 1
            await asyncio.sleep(0.002)
        window = time.perf_counter() - start
        await reconnecting
        deadline = time.perf_counter() + drain
        stored: list[tuple[int, int, int]] = []
        missing = 0
        while True:
            # Acks first: a message acknowledged before the read is committed, so it is in
            # `stored` and its delivery is checked in this step, not silently in the next.
            unacked = sum(len(client.pending) for client in self.clients.values())
            stored = await asyncio.to_thread(stored_since, first_id)
            missing = self.missing(stored)
            if (missing == 0 and unacked == 0) or time.perf_counter() > deadline:
                break
            await asyncio.sleep(0.25)
        if stored:
            self.last_id = stored[-1][0]
        cpu = total_cpu_seconds(self.servers) - cpu_before
        own_cpu = _own_cpu_seconds() - own_before
        duplicates = overlap = recovered = 0
        for user_id, client in self.clients.items():
            dup0, over0, rec0 = before[user_id]
            duplicates += client.live_duplicates - dup0
            overlap += client.overlap - over0
            recovered += client.recovered - rec0
        latencies = sorted(stats.latencies_ms)
        busy = max(window, stats.last_ack - start)
        return {
            "rate": rate,
            "achieved_rate": round(stats.acked / busy, 1),
            "sent": stats.sent,
            "stored": len(stored),
            "deliveries_per_s": round(stats.deliveries / busy, 1),
            "p50_ms": _percentile(latencies, 0.50),
            "p95_ms": _percentile(latencies, 0.95),
            "p99_ms": _percentile(latencies, 0.99),
            "max_ms": round(latencies[-1], 1) if latencies else None,
            "missing_after_resync": missing,
            "duplicates": duplicates,
            "resync_overlap": overlap,
            "recovered_by_resync": recovered,
            "unacked": sum(len(client.pending) for client in self.clients.values()),
            "errors": stats.errors,
            "reconnects": stats.reconnects,
            "reconnect_failures": stats.reconnect_failures,
            "server_cpu_ms_per_msg": round(cpu * 1000 / max(1, len(stored)), 2),
            "client_cpu_ms_per_msg": round(own_cpu * 1000 / max(1, len(stored)), 2),
        }


def _percentile(ordered: list[float], q: float) -> float | None:
    if not ordered:
        return None
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 1)


def _own_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime
