#!/usr/bin/env python3
"""A tiny WebSocket echo server (RFC 6455), standard library only.

Used by AutoHeal's demo as the service a toolchain depends on, and by its tests.

    python3 ws_server.py --port 8765 [--host 127.0.0.1] [--path /] [--fail-status 503]

--fail-status N answers every request with HTTP N instead of the 101 handshake, so a
client sees a server that accepts TCP but refuses WebSocket upgrades.
Every connection and close is logged on stdout (flushed), e.g. "closed code=1000".
"""
import argparse
import asyncio
import base64
import hashlib
import signal
import struct
import sys

GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
MAX_HEAD = 16 * 1024
MAX_MESSAGE = 1024 * 1024
REASONS = {400: "Bad Request", 404: "Not Found", 426: "Upgrade Required",
           500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}


def log(msg):
    print(msg, flush=True)


def accept_key(key):
    return base64.b64encode(hashlib.sha1((key + GUID).encode("ascii")).digest()).decode("ascii")


async def read_head(reader):
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout=10)
    if len(head) > MAX_HEAD:
        raise ValueError("request head too large")
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3:
        raise ValueError("bad request line")
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    return parts[0], parts[1], headers


def http_error(writer, status, extra=""):
    body = f"{status} {REASONS.get(status, 'Error')}\n".encode()
    writer.write((f"HTTP/1.1 {status} {REASONS.get(status, 'Error')}\r\n"
                  f"Content-Type: text/plain\r\nContent-Length: {len(body)}\r\n{extra}"
                  "Connection: close\r\n\r\n").encode("latin-1") + body)


def frame(opcode, payload):
    n = len(payload)
    if n < 126:
        head = struct.pack("!BB", 0x80 | opcode, n)
    elif n < 65536:
        head = struct.pack("!BBH", 0x80 | opcode, 126, n)
    else:
        head = struct.pack("!BBQ", 0x80 | opcode, 127, n)
    return head + payload


async def read_frame(reader):
    b1, b2 = await reader.readexactly(2)
    fin, opcode, masked, n = b1 & 0x80, b1 & 0x0F, b2 & 0x80, b2 & 0x7F
    if n == 126:
        (n,) = struct.unpack("!H", await reader.readexactly(2))
    elif n == 127:
        (n,) = struct.unpack("!Q", await reader.readexactly(8))
    if not masked:
        raise ConnectionError(1002, "client frames must be masked")
    if n > MAX_MESSAGE:
        raise ConnectionError(1009, "frame too large")
    mask = await reader.readexactly(4)
    data = bytes(b ^ mask[i % 4] for i, b in enumerate(await reader.readexactly(n)))
    return bool(fin), opcode, data


async def serve_frames(reader, writer, peer):
    message, message_opcode = b"", None
    while True:
        try:
            fin, opcode, data = await read_frame(reader)
        except ConnectionError as e:
            code, reason = e.args if len(e.args) == 2 else (1002, "protocol error")
            writer.write(frame(0x8, struct.pack("!H", code) + reason.encode()))
            log(f"closed code={code} peer={peer} ({reason})")
            return
        if opcode == 0x8:
            code = struct.unpack("!H", data[:2])[0] if len(data) >= 2 else 1005
            writer.write(frame(0x8, data[:2]))
            log(f"closed code={code} peer={peer}")
            return
        if opcode == 0x9:
            writer.write(frame(0xA, data))
        elif opcode in (0x1, 0x2, 0x0):
            if opcode != 0x0:
                message, message_opcode = b"", opcode
            message += data
            if len(message) > MAX_MESSAGE:
                writer.write(frame(0x8, struct.pack("!H", 1009)))
                log(f"closed code=1009 peer={peer}")
                return
            if fin and message_opcode is not None:
                writer.write(frame(message_opcode, message))
                message, message_opcode = b"", None
        await writer.drain()


def handler(args):
    async def handle(reader, writer):
        peer = writer.get_extra_info("peername")
        try:
            method, path, headers = await read_head(reader)
            if args.fail_status:
                http_error(writer, args.fail_status)
                log(f"refused peer={peer} status={args.fail_status}")
            elif method != "GET" or path.split("?")[0] != args.path:
                http_error(writer, 404)
            elif ("websocket" not in headers.get("upgrade", "").lower()
                  or "upgrade" not in headers.get("connection", "").lower()
                  or "sec-websocket-key" not in headers):
                http_error(writer, 426, "Upgrade: websocket\r\n")
            elif headers.get("sec-websocket-version") != "13":
                http_error(writer, 426, "Sec-WebSocket-Version: 13\r\n")
            else:
                writer.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                              "Connection: Upgrade\r\n"
                              f"Sec-WebSocket-Accept: {accept_key(headers['sec-websocket-key'])}\r\n\r\n")
                             .encode("latin-1"))
                await writer.drain()
                log(f"open peer={peer} path={path}")
                await serve_frames(reader, writer, peer)
            await writer.drain()
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, asyncio.TimeoutError,
                ConnectionError, ValueError) as e:
            log(f"dropped peer={peer}: {type(e).__name__}")
        finally:
            writer.close()
    return handle


async def main():
    parser = argparse.ArgumentParser(description="tiny RFC 6455 WebSocket echo server")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--path", default="/")
    parser.add_argument("--fail-status", type=int, default=None,
                        help="answer every request with this HTTP status instead of 101")
    args = parser.parse_args()
    server = await asyncio.start_server(handler(args), args.host, args.port, limit=MAX_HEAD)
    stop = asyncio.get_running_loop().create_future()
    for sig in (signal.SIGTERM, signal.SIGINT):
        asyncio.get_running_loop().add_signal_handler(sig, lambda: stop.done() or stop.set_result(None))
    mode = f" (failing with HTTP {args.fail_status})" if args.fail_status else ""
    log(f"listening on ws://{args.host}:{args.port}{args.path}{mode}")
    async with server:
        await stop
    log("stopped")


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except OSError as e:
        print(f"ws_server: {e}", file=sys.stderr, flush=True)
        sys.exit(1)
