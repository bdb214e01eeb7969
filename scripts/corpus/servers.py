"""Small real servers on 127.0.0.1 (OS-chosen ports) that the capture scenarios talk to.

Each kind is a tuple: ("closed",) a port nobody listens on; ("http", status, body[, headers]) a plain HTTP
answer to any request (also to a WebSocket upgrade, which it thereby rejects); ("ws", mode, code, reason) a real
RFC 6455 handshake followed by a close frame, a dropped connection or a wrong accept key; ("reset",) accept then
RST; ("silent",) accept and never answer; ("banner", bytes) send bytes and close.
"""
import base64
import hashlib
import socket
import struct
import threading

WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


def _read_head(conn):
    data = b""
    conn.settimeout(5)
    try:
        while b"\r\n\r\n" not in data and len(data) < 65536:
            chunk = conn.recv(4096)
            if not chunk:
                break
            data += chunk
    except OSError:
        pass
    return data.decode("latin-1")


def _header(head, name):
    for line in head.split("\r\n")[1:]:
        k, _, v = line.partition(":")
        if k.strip().lower() == name.lower():
            return v.strip()
    return None


REASONS = {200: "OK", 201: "Created", 204: "No Content", 301: "Moved Permanently", 302: "Found",
           400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
           409: "Conflict", 418: "I'm a teapot", 422: "Unprocessable Entity", 426: "Upgrade Required",
           429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway",
           503: "Service Unavailable", 504: "Gateway Timeout"}


def _http(conn, status, body, headers=None):
    _read_head(conn)
    body_b = body.encode() if isinstance(body, str) else body
    hdrs = {"Content-Type": "text/plain; charset=utf-8", "Content-Length": str(len(body_b)), "Connection": "close"}
    hdrs.update(headers or {})
    out = "HTTP/1.1 %d %s\r\n" % (status, REASONS.get(status, "Status")) + "".join(
        "%s: %s\r\n" % kv for kv in hdrs.items()) + "\r\n"
    conn.sendall(out.encode("latin-1") + body_b)


def _ws(conn, mode, code=1000, reason=""):
    head = _read_head(conn)
    key = _header(head, "Sec-WebSocket-Key") or ""
    accept = base64.b64encode(hashlib.sha1((key + WS_GUID).encode()).digest()).decode()
    if mode == "bad_accept":
        accept = base64.b64encode(b"not-the-right-key-at-all").decode()
    resp = ("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            "Sec-WebSocket-Accept: %s\r\n\r\n" % accept)
    conn.sendall(resp.encode())
    if mode in ("drop", "bad_accept"):
        _rst(conn)
        return
    if mode == "close":
        payload = struct.pack("!H", code) + reason.encode() if code else b""
        conn.sendall(bytes([0x88, len(payload)]) + payload)
        try:
            conn.settimeout(3)
            conn.recv(1024)
        except OSError:
            pass


def _rst(conn):
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


class Server:
    """One listening socket served by a daemon thread until stop()."""

    def __init__(self, kind):
        self.kind = kind
        self.sock = None
        self.port = None
        self.held = []
        self.stopped = False

    def start(self):
        s = socket.socket()
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", 0))
        self.port = s.getsockname()[1]
        if self.kind[0] == "closed":
            s.close()
            return self
        s.listen(16)
        self.sock = s
        threading.Thread(target=self._loop, daemon=True).start()
        return self

    def _loop(self):
        while not self.stopped:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn):
        k = self.kind
        try:
            if k[0] == "http":
                _http(conn, k[1], k[2], k[3] if len(k) > 3 else None)
            elif k[0] == "ws":
                _ws(conn, *k[1:])
            elif k[0] == "reset":
                _rst(conn)
                return
            elif k[0] == "silent":
                self.held.append(conn)
                return
            elif k[0] == "banner":
                conn.sendall(k[1])
            conn.close()
        except OSError:
            pass

    def stop(self):
        self.stopped = True
        for c in self.held:
            try:
                c.close()
            except OSError:
                pass
        if self.sock:
            try:
                self.sock.close()
            except OSError:
                pass
