"""The lean HTTP/1.1 upstream client against raw asyncio servers that misbehave as a hostile or broken
upstream would: closed keep-alive connections, broken framing, floods, answers cut short."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import pytest

from modelward.llm.proxy.http1 import AnswerTooLarge, Http1Error, Http1Pool

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


async def _read_request(reader: asyncio.StreamReader) -> bytes:
    head = await reader.readuntil(b"\r\n\r\n")
    length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n")
                  if line.lower().startswith(b"content-length"))
    return head + await reader.readexactly(length)


def _ok(body: bytes = b'{"choices": []}', extra: bytes = b"") -> bytes:
    return b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n%s\r\n%s" % (
        len(body), extra, body)


def _run(handler: Handler, client: Callable[[Http1Pool], Awaitable[object]]) -> object:
    async def main() -> object:
        server = await asyncio.start_server(handler, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        pool = Http1Pool("127.0.0.1", port)
        try:
            return await client(pool)
        finally:
            pool.close()
            server.close()

    return asyncio.run(main())


def test_connections_are_kept_alive_and_a_closed_one_is_replaced():
    connections = []

    async def handler(reader, writer):
        connections.append(writer)
        for _ in range(2):  # two requests per connection, then the server closes it (keep-alive ended)
            await _read_request(reader)
            writer.write(_ok())
            await writer.drain()
        writer.close()

    async def client(pool):
        answers = [await pool.post("/v1/chat/completions", b"{}", [], 1 << 20) for _ in range(5)]
        return answers

    answers = _run(handler, client)
    assert [status for status, _ in answers] == [200] * 5
    assert len(connections) == 3  # 2 + 2 + 1 requests: the third connection replaced a closed one


@pytest.mark.parametrize(("reply", "error"), [
    (b"HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\n{}", Http1Error),            # cut short, then closed
    (b"HTTP/1.1 200 OK\r\ncontent-length: 5\r\ncontent-length: 6\r\n\r\nhello", Http1Error),  # smuggling
    (b"NOT HTTP AT ALL\r\n\r\n", Http1Error),
    (b"HTTP/1.1 200 OK\r\n" + b"x-pad: " + b"a" * 100_000 + b"\r\n\r\n", Http1Error),  # a flood of header
    (_ok(b"x" * 5000), AnswerTooLarge),
])
def test_a_broken_or_hostile_answer_is_an_error_and_the_connection_is_not_reused(reply, error):
    served = []

    async def handler(reader, writer):
        served.append(writer)
        await _read_request(reader)
        writer.write(reply)
        await writer.drain()
        writer.close()

    async def client(pool):
        with pytest.raises(error):
            await pool.post("/p", b"{}", [], 4096)
        return len(pool._idle)

    assert _run(handler, client) == 0 and len(served) == 1


def test_a_chunked_answer_is_read_whole():
    async def handler(reader, writer):
        await _read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n")
        await writer.drain()

    async def client(pool):
        return await pool.post("/p", b"{}", [], 1 << 20)

    assert _run(handler, client) == (200, b"hello world")


def test_the_caller_bounds_the_time():
    async def handler(reader, writer):
        await _read_request(reader)
        await asyncio.sleep(5)

    async def client(pool):
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(0.2):
                await pool.post("/p", b"{}", [], 1 << 20)
        return len(pool._idle)

    assert _run(handler, client) == 0


def test_a_request_on_a_new_connection_is_never_sent_twice():
    accepted = []

    async def handler(reader, writer):
        accepted.append(1)
        await _read_request(reader)
        writer.close()  # closes without a word

    async def client(pool):
        with pytest.raises(Http1Error, match="closed the connection"):
            await pool.post("/p", b"{}", [], 1 << 20)

    _run(handler, client)
    assert len(accepted) == 1  # the upstream may have acted on it (a paid completion): no second send
