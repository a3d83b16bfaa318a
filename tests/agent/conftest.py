"""Shared by the agent tests: a scripted OpenAI-compatible server on 127.0.0.1 (random port)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


class ScriptedServer:
    """Answers each POST with the next scripted ``(status, body, headers, delay_s)`` and records the requests."""

    def __init__(self, script: list[tuple[int, object, dict[str, str], float]]) -> None:
        self.script = list(script)
        self.requests: list[dict] = []
        self.headers: list[dict[str, str]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                length = int(self.headers.get("Content-Length", 0))
                server.requests.append(json.loads(self.rfile.read(length)))
                server.headers.append({k.lower(): v for k, v in self.headers.items()})
                status, body, headers, delay = server.script.pop(0) if server.script else (500, "no script", {}, 0)
                time.sleep(delay)
                data = (body if isinstance(body, str) else json.dumps(body)).encode()
                try:
                    self.send_response(status)
                    for key, value in headers.items():
                        self.send_header(key, value)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout test)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


@pytest.fixture
def serve() -> Iterator:
    servers: list[ScriptedServer] = []

    def start(*script: tuple) -> ScriptedServer:
        """Each entry: ``(status, body)``, optionally followed by response headers and a delay in seconds."""
        full = []
        for status, body, *rest in script:
            headers = rest[0] if rest else {}
            delay = rest[1] if len(rest) > 1 else 0.0
            full.append((status, body, headers, delay))
        servers.append(ScriptedServer(full))
        return servers[-1]

    yield start
    for server in servers:
        server.close()
