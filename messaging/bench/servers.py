"""The ASGI server processes of a run: uvicorn on loopback ports, and their CPU time."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

HOST = "127.0.0.1"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class Server:
    port: int
    process: subprocess.Popen[bytes]
    log: IO[bytes]

    @property
    def origin(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def url(self) -> str:
        return f"ws://{HOST}:{self.port}/ws/"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def start(count: int, env: dict[str, str], log_dir: Path) -> list[Server]:
    log_dir.mkdir(parents=True, exist_ok=True)
    servers: list[Server] = []
    try:
        for index in range(count):
            port = free_port()
            log = (log_dir / f"server-{index}.log").open("wb")
            command = [
                sys.executable,
                "-m",
                "uvicorn",
                "aftercare.asgi:application",
                "--host",
                HOST,
                "--port",
                str(port),
                "--lifespan",
                "off",
                "--timeout-graceful-shutdown",
                "3",
                "--no-access-log",
                "--log-level",
                "warning",
                "--loop",
                "uvloop",
                "--http",
                "httptools",
                "--ws",
                "websockets",
            ]
            # A fixed argument list of this interpreter: nothing of it comes from input.
            process = subprocess.Popen(  # noqa: S603
                command, env=env, stdout=log, stderr=subprocess.STDOUT
            )
            servers.append(Server(port, process, log))
        for server in servers:
            wait_listening(server, timeout=60)
    except BaseException:
        stop(servers)
        raise
    return servers


def wait_listening(server: Server, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"server on port {server.port} exited; see {server.log.name}")
        with contextlib.suppress(OSError), socket.create_connection((HOST, server.port), 0.5):
            return
        time.sleep(0.1)
    raise RuntimeError(f"server on port {server.port} did not listen within {timeout} s")


def stop(servers: list[Server]) -> None:
    for server in servers:
        if server.process.poll() is None:
            server.process.send_signal(signal.SIGTERM)
    for server in servers:
        try:
            server.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait(timeout=10)
        server.log.close()


def cpu_seconds(pid: int) -> float:
    """User plus system time of one process, from /proc/<pid>/stat (fields 14 and 15)."""
    text = Path(f"/proc/{pid}/stat").read_text()
    # The command name (field 2) may contain spaces; the fields after it are space-separated.
    fields = text[text.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def total_cpu_seconds(servers: list[Server]) -> float:
    return sum(cpu_seconds(server.process.pid) for server in servers)
