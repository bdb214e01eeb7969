"""Python client libraries from Debian packages (requests, urllib3, httpx, aiohttp, websockets, websocket-client),
run with Debian's /usr/bin/python3. Skipped with a note when a library is missing here."""
from scenarios.common import sc

PY = "/usr/bin/python3"
CLOSED = {"api": ("closed",)}


def lib(name, cause, prog, description, detail, exception, module, servers=None, args="", **kw):
    return sc(name, cause, "%s tools/%s.py%s" % (PY, name.split("_", 2)[-1], args), description,
              {"tools/%s.py" % name.split("_", 2)[-1]: prog}, detail, exception, servers=servers or CLOSED,
              requires=["py:" + module], tool="python3", ecosystem="python", **kw)


SCENARIOS = [
    lib("lib_conn_requests_get", "connection",
        "import requests\nr = requests.get('http://127.0.0.1:{{api}}/api/v1/jobs', timeout=3)\nprint(r.json())\n",
        "requests.get to a closed port: long urllib3 chain ending in requests.exceptions.ConnectionError",
        {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/api/v1/jobs"}, "requests.exceptions.ConnectionError", "requests"),
    lib("lib_conn_requests_session_post", "connection",
        "import sys, requests\ns = requests.Session()\ns.headers['Authorization'] = 'Bearer x'\n"
        "resp = s.post(sys.argv[1] + '/ingest', json={'n': 1}, timeout=2)\nresp.raise_for_status()\n",
        "requests.Session.post; the base URL comes from argv",
        {"host": "127.0.0.1", "port": "{{api}}"}, "requests.exceptions.ConnectionError", "requests",
        args=" http://127.0.0.1:{{api}}"),
    lib("lib_conn_requests_readtimeout", "connection",
        "import requests\nrequests.get('http://127.0.0.1:{{api}}/slow', timeout=1)\n",
        "requests: the server accepts but never answers (ReadTimeout)",
        {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/slow"}, "requests.exceptions.ReadTimeout", "requests",
        servers={"api": ("silent",)}),
    lib("lib_conn_requests_logged_retry", "connection",
        "import logging, sys, time, requests\nlogging.basicConfig(level=logging.INFO, format='%(levelname)s:%(name)s:%(message)s')\n"
        "log = logging.getLogger('poller')\nfor i in range(3):\n    try:\n        requests.get('http://localhost:{{api}}/queue', timeout=1)\n        break\n"
        "    except requests.ConnectionError as e:\n        log.warning('queue not reachable (try %d): %s', i + 1, e)\n        time.sleep(0.1)\nelse:\n"
        "    log.critical('queue service down, stopping')\n    sys.exit(1)\n",
        "requests errors logged as warnings, then a critical line and exit 1",
        {"host": "localhost", "port": "{{api}}", "url": "http://localhost:{{api}}/queue"}, "logging", "requests"),
    lib("lib_conn_urllib3_pool", "connection",
        "import urllib3\nhttp = urllib3.PoolManager(retries=urllib3.Retry(total=1, backoff_factor=0))\nhttp.request('GET', 'http://127.0.0.1:{{api}}/metrics')\n",
        "urllib3 PoolManager: MaxRetryError caused by NewConnectionError",
        {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/metrics"}, "urllib3.exceptions.MaxRetryError", "urllib3"),
    lib("lib_conn_httpx_get", "connection",
        "import httpx\nwith httpx.Client(base_url='http://127.0.0.1:{{api}}') as c:\n    c.get('/health')\n",
        "httpx.ConnectError (chained from httpcore.ConnectError)",
        {"host": "127.0.0.1", "port": "{{api}}"}, "httpx.ConnectError", "httpx"),
    lib("lib_conn_httpx_async", "connection",
        "import asyncio, httpx\n\nasync def main():\n    async with httpx.AsyncClient() as c:\n        await c.get('http://127.0.0.1:{{api}}/v2/status')\n\nasyncio.run(main())\n",
        "httpx AsyncClient to a closed port",
        {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/v2/status"}, "httpx.ConnectError", "httpx"),
    lib("lib_conn_aiohttp_get", "connection",
        "import asyncio, aiohttp\n\nasync def main():\n    async with aiohttp.ClientSession() as s:\n        async with s.get('http://127.0.0.1:{{api}}/feed') as r:\n"
        "            print(await r.text())\n\nasyncio.run(main())\n",
        "aiohttp ClientConnectorError: Cannot connect to host 127.0.0.1:PORT ssl:default",
        {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/feed"}, "aiohttp.client_exceptions.ClientConnectorError", "aiohttp"),
    lib("lib_conn_requests_disconnected", "connection",
        "import requests\nprint(requests.get('http://127.0.0.1:{{api}}/report', timeout=3).text)\n",
        "requests: the server resets the connection before answering (ConnectionResetError inside ConnectionError)",
        {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/report"}, "requests.exceptions.ConnectionError", "requests",
        servers={"api": ("banner", b"")}),
    lib("lib_conn_requests_dns", "connection",
        "import requests\nrequests.get('http://billing.svc.invalid:8080/invoices', timeout=3)\n",
        "requests: name resolution fails (Failed to resolve / Name or service not known)",
        {"host": "billing.svc.invalid", "port": 8080, "url": "http://billing.svc.invalid:8080/invoices"}, "requests.exceptions.ConnectionError", "requests"),

    # websockets (10.4)
    lib("lib_ws_websockets_refused", "websocket",
        "import asyncio, websockets\n\nasync def main():\n    async with websockets.connect('ws://127.0.0.1:{{api}}/stream') as ws:\n"
        "        await ws.send('hello')\n\nasyncio.run(main())\n",
        "websockets.connect to a closed port: ConnectionRefusedError through the websockets client",
        {"url": "ws://127.0.0.1:{{api}}/stream", "host": "127.0.0.1", "port": "{{api}}"}, "ConnectionRefusedError", "websockets"),
    lib("lib_ws_websockets_403", "websocket",
        "import asyncio, websockets\n\nasync def main():\n    async with websockets.connect('ws://127.0.0.1:{{ws}}/chat') as ws:\n"
        "        print(await ws.recv())\n\nasyncio.run(main())\n",
        "websockets: the server answers the upgrade with HTTP 403 (InvalidStatusCode)",
        {"url": "ws://127.0.0.1:{{ws}}/chat", "host": "127.0.0.1", "port": "{{ws}}", "http_status": 403},
        "websockets.exceptions.InvalidStatusCode", "websockets", servers={"ws": ("http", 403, "forbidden\n")}),
    lib("lib_ws_websockets_close_1011", "websocket",
        "import asyncio, websockets\n\nasync def main():\n    async with websockets.connect('ws://127.0.0.1:{{ws}}/jobs') as ws:\n"
        "        await ws.send('subscribe')\n        print(await ws.recv())\n\nasyncio.run(main())\n",
        "websockets: server closes with 1011 internal error; ConnectionClosedError on recv",
        {"url": "ws://127.0.0.1:{{ws}}/jobs", "host": "127.0.0.1", "port": "{{ws}}", "close_code": 1011},
        "websockets.exceptions.ConnectionClosedError", "websockets", servers={"ws": ("ws", "close", 1011, "internal error")}),
    lib("lib_ws_websockets_close_4001", "websocket",
        "import asyncio, logging, sys, websockets\nlogging.basicConfig(level=logging.INFO)\nlog = logging.getLogger('feed')\n\nasync def main():\n"
        "    try:\n        async with websockets.connect('ws://127.0.0.1:{{ws}}/feed') as ws:\n            await ws.recv()\n"
        "    except websockets.ConnectionClosed as e:\n        log.error('feed closed by server: code=%s reason=%s', e.code, e.reason)\n        sys.exit(1)\n\nasyncio.run(main())\n",
        "websockets: application close code 4001 logged by the client",
        {"url": "ws://127.0.0.1:{{ws}}/feed", "host": "127.0.0.1", "port": "{{ws}}", "close_code": 4001},
        "logging", "websockets", servers={"ws": ("ws", "close", 4001, "unauthorized")}),
    lib("lib_ws_websockets_dropped", "websocket",
        "import asyncio, websockets\n\nasync def main():\n    async with websockets.connect('ws://127.0.0.1:{{ws}}/') as ws:\n        await ws.recv()\n\nasyncio.run(main())\n",
        "websockets: the connection drops without a close frame (1006)",
        {"url": "ws://127.0.0.1:{{ws}}/", "host": "127.0.0.1", "port": "{{ws}}"},
        "websockets.exceptions.ConnectionClosedError", "websockets", servers={"ws": ("ws", "drop")}),
    lib("lib_ws_websockets_not_ws", "websocket",
        "import asyncio, websockets\n\nasync def main():\n    async with websockets.connect('ws://127.0.0.1:{{ws}}/socket') as ws:\n        pass\n\nasyncio.run(main())\n",
        "websockets: a plain HTTP server answers 200 (no upgrade)",
        {"url": "ws://127.0.0.1:{{ws}}/socket", "host": "127.0.0.1", "port": "{{ws}}", "http_status": 200},
        "websockets.exceptions.InvalidStatusCode", "websockets", servers={"ws": ("http", 200, "<html>hello</html>\n", {"Content-Type": "text/html"})}),
    # websocket-client (1.2.3)
    lib("lib_ws_wsclient_refused", "websocket",
        "import websocket\nws = websocket.create_connection('ws://127.0.0.1:{{api}}/events', timeout=3)\nprint(ws.recv())\n",
        "websocket-client create_connection to a closed port",
        {"url": "ws://127.0.0.1:{{api}}/events", "host": "127.0.0.1", "port": "{{api}}"}, "ConnectionRefusedError", "websocket"),
    lib("lib_ws_wsclient_404", "websocket",
        "import websocket\nws = websocket.create_connection('ws://127.0.0.1:{{ws}}/v1/socket')\n",
        "websocket-client: Handshake status 404 Not Found",
        {"url": "ws://127.0.0.1:{{ws}}/v1/socket", "host": "127.0.0.1", "port": "{{ws}}", "http_status": 404},
        "websocket._exceptions.WebSocketBadStatusException", "websocket", servers={"ws": ("http", 404, "no such socket\n")}),
    lib("lib_ws_wsclient_closed", "websocket",
        "import websocket\nws = websocket.create_connection('ws://127.0.0.1:{{ws}}/ticker')\nws.send('sub BTC')\nwhile True:\n    msg = ws.recv()\n"
        "    if not msg:\n        raise websocket.WebSocketConnectionClosedException('server closed the ticker (status %s)' % ws.status)\n",
        "websocket-client: the server sends a close frame 1001; the loop raises WebSocketConnectionClosedException",
        {"url": "ws://127.0.0.1:{{ws}}/ticker", "host": "127.0.0.1", "port": "{{ws}}"},
        "websocket._exceptions.WebSocketConnectionClosedException", "websocket", servers={"ws": ("ws", "close", 1001, "going away")}),
    lib("lib_ws_wsclient_app", "websocket",
        "import sys, websocket\n\ndef on_error(ws, err):\n    print('ERROR websocket:', repr(err), file=sys.stderr)\n\ndef on_close(ws, code, msg):\n"
        "    print('closed', code, msg, file=sys.stderr)\n\napp = websocket.WebSocketApp('ws://127.0.0.1:{{api}}/live', on_error=on_error, on_close=on_close)\n"
        "app.run_forever()\nsys.exit(1)\n",
        "websocket-client WebSocketApp: on_error callback prints the refused connection",
        {"url": "ws://127.0.0.1:{{api}}/live", "host": "127.0.0.1", "port": "{{api}}"}, "ConnectionRefusedError", "websocket"),
    lib("lib_ws_aiohttp_403", "websocket",
        "import asyncio, aiohttp\n\nasync def main():\n    async with aiohttp.ClientSession() as s:\n        async with s.ws_connect('http://127.0.0.1:{{ws}}/ws') as ws:\n"
        "            await ws.receive()\n\nasyncio.run(main())\n",
        "aiohttp ws_connect: WSServerHandshakeError 403 Invalid response status",
        {"url": "http://127.0.0.1:{{ws}}/ws", "host": "127.0.0.1", "port": "{{ws}}", "http_status": 403},
        "aiohttp.client_exceptions.WSServerHandshakeError", "aiohttp", servers={"ws": ("http", 403, "denied\n")}),
    lib("lib_ws_aiohttp_closed", "websocket",
        "import asyncio, sys, aiohttp\n\nasync def main():\n    async with aiohttp.ClientSession() as s:\n        async with s.ws_connect('ws://127.0.0.1:{{ws}}/updates') as ws:\n"
        "            msg = await ws.receive()\n            if msg.type == aiohttp.WSMsgType.CLOSE:\n"
        "                sys.exit(f'websocket closed by server: code {msg.data} ({msg.extra})')\n\nasyncio.run(main())\n",
        "aiohttp: close frame 1008 policy violation reported by the client",
        {"url": "ws://127.0.0.1:{{ws}}/updates", "host": "127.0.0.1", "port": "{{ws}}", "close_code": 1008},
        "SystemExit", "aiohttp", servers={"ws": ("ws", "close", 1008, "policy violation")}),

    # negatives with libraries
    lib("lib_neg_requests_404", "negative",
        "import requests\nr = requests.get('http://127.0.0.1:{{api}}/api/users/42', timeout=3)\nr.raise_for_status()\n",
        "requests HTTPError 404 from a running server (not a connection problem)", {}, "requests.exceptions.HTTPError", "requests",
        servers={"api": ("http", 404, '{"error": "user not found"}', {"Content-Type": "application/json"})}),
    lib("lib_neg_requests_500", "negative",
        "import requests\nr = requests.post('http://127.0.0.1:{{api}}/orders', json={}, timeout=3)\nprint(r.status_code, r.text)\nr.raise_for_status()\n",
        "requests HTTPError 500, the body says Internal Server Error", {}, "requests.exceptions.HTTPError", "requests",
        servers={"api": ("http", 500, "Internal Server Error: NullPointerException in OrderController\n")}),
    # Relabelled json_format in session 11 (was a negative): a JSON decode error is json_format whatever it decoded, as
    # three other sets label a .json() of an HTML page; the diagnosis says json_source http_response and names no file.
    lib("lib_neg_requests_html_json", "json_format",
        "import requests\nr = requests.get('http://127.0.0.1:{{api}}/api/status', timeout=3)\nprint(r.json()['status'])\n",
        "response.json() on an HTML page from a proxy: a JSON decode error with no file to repair", {},
        "requests.exceptions.JSONDecodeError", "requests",
        servers={"api": ("http", 502, "<html><body><h1>502 Bad Gateway</h1></body></html>\n", {"Content-Type": "text/html"})}),
    lib("lib_neg_httpx_status", "negative",
        "import httpx\nr = httpx.get('http://127.0.0.1:{{api}}/v1/token')\nr.raise_for_status()\n",
        "httpx HTTPStatusError 401 Unauthorized", {}, "httpx.HTTPStatusError", "httpx",
        servers={"api": ("http", 401, "unauthorized\n")}),
    lib("lib_neg_ws_normal_close", "negative",
        "import asyncio, websockets\n\nasync def main():\n    async with websockets.connect('ws://127.0.0.1:{{ws}}/once') as ws:\n        try:\n            await ws.recv()\n"
        "        except websockets.ConnectionClosedOK as e:\n            print('server finished the session:', e)\n\nasyncio.run(main())\n",
        "websockets: normal close 1000 handled by the client, exit 0", {}, "", "websockets",
        servers={"ws": ("ws", "close", 1000, "done")}, exit=0),
]
