"""Demo WebSocket client: performs an RFC 6455 opening handshake with the stdlib only."""
import base64, os, socket, sys

URL = sys.argv[1]
host_port, _, path = URL[len("ws://"):].partition("/")
host, _, port = host_port.partition(":")
print(f"connecting to {URL}", flush=True)
sock = socket.create_connection((host, int(port)), timeout=3)
key = base64.b64encode(os.urandom(16)).decode()
sock.sendall((f"GET /{path} HTTP/1.1\r\nHost: {host_port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
status = sock.recv(1024).split(b"\r\n", 1)[0].decode()
if " 101 " not in status + " ":
    raise ConnectionError(f"server rejected WebSocket connection: {status}")
print("websocket connected:", status)
