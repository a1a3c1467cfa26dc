"""The load test's clients: connections on one asyncio event loop, each a closed loop or paced.

On a 2-core host the load generator shares the cores with the server it measures; one thread per client
(as bench/load.py had) took a third of a core at 1300 requests/s and added its own waits for Python's
interpreter lock to the latencies. These clients cost a fraction of that and wait for nothing but answers.
"""

import asyncio
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

REQUEST_TIMEOUT = 10.0


@dataclass
class ClientRecord:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


class Connection(asyncio.Protocol):
    """One TCP connection of a client; once the client has let it go, nothing it hears matters."""

    def __init__(self, client: "Client"):
        self.client = client
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        if self.client.connection is self:
            self.client.received(data)

    def connection_lost(self, exc) -> None:
        if self.client.connection is self:
            self.client.connection = None
            if self.client.waiting:
                self.client.fail(f"connection closed: {exc or 'by the server'}")

    def drop(self) -> None:
        if self.transport:
            self.transport.abort()


class Client:
    """One client on one kept-alive HTTP/1.1 connection: a request, its answer read to the end, then the
    next at once (closed loop) or when it is due (paced). A paced request's latency counts from when it
    was due, not from when it was sent, so a slow answer that holds up the next request is not hidden
    ("coordinated omission"). A failed or unanswered request is an error, and the client reconnects."""

    def __init__(self, host: str, port: int, pages: tuple[str, ...], record: ClientRecord,
                 interval: float, phase: float):
        self.host, self.port, self.pages, self.record = host, port, pages, record
        self.interval, self.phase = interval, phase
        self.loop = asyncio.get_running_loop()
        self.done = self.loop.create_future()
        self.connection: Connection | None = None
        self.buffer = bytearray()
        self.index = 0
        self.path = ""
        self.began = 0.0
        self.waiting = False
        self.head: tuple[int, int, bool] | None = None  # status, body length, whether the server closes
        self.timeout: asyncio.TimerHandle | None = None
        self.started = self.stop_at = 0.0

    async def connect(self) -> None:
        _, self.connection = await self.loop.create_connection(lambda: Connection(self), self.host, self.port)

    def start(self, started: float, seconds: float) -> None:
        self.started, self.stop_at = started, started + seconds
        self.next_request()

    def next_request(self) -> None:
        if self.interval:
            due = self.started + self.phase + self.index * self.interval
            if due >= self.stop_at:
                self.finish()
            else:
                self.loop.call_at(self.loop.time() + max(0.0, due - time.perf_counter()), self.send, due)
        elif time.perf_counter() >= self.stop_at:
            self.finish()
        else:
            self.send(time.perf_counter())

    def send(self, began: float) -> None:
        self.path = self.pages[self.index % len(self.pages)]
        self.index += 1
        self.began, self.head, self.waiting = began, None, True
        self.buffer.clear()
        self.timeout = self.loop.call_later(REQUEST_TIMEOUT, self.fail, f"no answer in {REQUEST_TIMEOUT:.0f} s")
        if self.connection is None:
            self.loop.create_task(self.reconnect_and_write())
        else:
            self.write()

    def write(self) -> None:
        self.connection.transport.write(f"GET {self.path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n"
                                        .encode())

    async def reconnect_and_write(self) -> None:
        try:
            await self.connect()
        except OSError as failure:
            self.fail(f"{type(failure).__name__}: {failure}")
            return
        self.write()

    def received(self, data: bytes) -> None:
        if not self.waiting:
            return
        self.buffer += data
        if self.head is None:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            lines = bytes(self.buffer[:end]).decode("latin-1").split("\r\n")
            fields = {name.strip().lower(): value.strip().lower()
                      for name, _, value in (line.partition(":") for line in lines[1:])}
            if "content-length" not in fields:
                self.fail("an answer without Content-Length")
                return
            self.head = (int(lines[0].split()[1]), int(fields["content-length"]),
                         fields.get("connection") == "close")
            del self.buffer[:end + 4]
        status, length, closes = self.head
        if len(self.buffer) < length:
            return
        self.timeout.cancel()
        self.waiting = False
        if status == 200:
            self.record.latencies.append(time.perf_counter() - self.began)
        else:
            self.record.errors.append(f"GET {self.path}: HTTP {status}")
        if closes:
            self.let_go()
        self.next_request()

    def fail(self, why: str) -> None:
        self.timeout.cancel()
        self.waiting = False
        self.record.errors.append(f"GET {self.path}: {why}")
        self.let_go()
        self.next_request()

    def let_go(self) -> None:
        connection, self.connection = self.connection, None
        if connection:
            connection.drop()

    def finish(self) -> None:
        self.let_go()
        if not self.done.done():
            self.done.set_result(None)


async def run_clients(url: str, count: int, seconds: float, interval: float,
                      pages: tuple[str, ...]) -> tuple[list[ClientRecord], float]:
    """The clients connected first, then all started at one moment; the time from that moment until the
    last one's last answer."""
    parts = urlsplit(url)
    records = [ClientRecord() for _ in range(count)]
    # Clients start on different pages and, when paced, at staggered moments.
    clients = [Client(parts.hostname, parts.port, pages[n % len(pages):] + pages[:n % len(pages)], record,
                      interval, n * interval / count) for n, record in enumerate(records)]
    # A client that cannot connect now tries again with each request, each failure an error.
    await asyncio.gather(*(client.connect() for client in clients), return_exceptions=True)
    began = time.perf_counter()
    for client in clients:
        client.start(began, seconds)
    await asyncio.wait_for(asyncio.gather(*(client.done for client in clients)),
                           timeout=seconds + REQUEST_TIMEOUT + 5)
    return records, time.perf_counter() - began
