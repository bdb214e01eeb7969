#!/usr/bin/env python3
"""Run a tool; when it fails, report its error output to a running `autoheal watch --listen`.

The shape an MCP server (or any wrapper) would use: run, and on failure POST the error to
AutoHeal's local intake, then show what AutoHeal decided. Standard library only.

    autoheal_client.py [--url http://127.0.0.1:8787] [--home DIR] [--tool NAME] [--heal] -- CMD [ARG...]

The bearer token is read from $AUTOHEAL_TOKEN, else from <home>/state/intake.token (home:
--home, else $AUTOHEAL_HOME, else the current folder). Exit status: the tool's own.
"""
import argparse
import json
import os
import subprocess
import sys
import urllib.error
import urllib.request

MAX_REPORT_CHARS = 60_000  # the intake bounds bodies; keep the tail, where tracebacks end
MAX_ERROR_CHARS = 500  # of the server's error message: enough to read, never a flood


class NoToken(Exception):
    pass


def token(home):
    if os.environ.get("AUTOHEAL_TOKEN"):
        return os.environ["AUTOHEAL_TOKEN"].strip()
    path = os.path.join(home, "state", "intake.token")
    try:
        with open(path, encoding="ascii") as f:
            return f.read().strip()
    except OSError as e:
        raise NoToken("no token: cannot read %s (%s); pass --home HOME (reads HOME/state/intake.token, HOME being "
                      "the home `autoheal watch --listen` runs in) or set AUTOHEAL_TOKEN" % (path, e.strerror)) from e


def server_error(e):
    """The intake's own message from an HTTP error's JSON body ({"error": ...}), else the raw body; bounded."""
    try:
        raw = e.read(64 * 1024).decode("utf-8", errors="replace")
    except OSError:
        raw = ""
    try:
        message = json.loads(raw).get("error") or raw
    except (ValueError, AttributeError):
        message = raw
    message = " ".join(str(message).split()) or e.reason
    return message if len(message) <= MAX_ERROR_CHARS else message[:MAX_ERROR_CHARS] + "..."


def report(url, bearer, tool, text, exit_code, heal, timeout=60):
    """POST one error; returns the incident as a dict. Raises urllib.error.HTTPError on 4xx/5xx."""
    body = {"text": text[-MAX_REPORT_CHARS:], "exit_code": exit_code, "heal": heal}
    if tool:
        body["tool"] = tool
    req = urllib.request.Request(url.rstrip("/") + "/v1/errors", data=json.dumps(body).encode("utf-8"),
                                 method="POST", headers={"Authorization": "Bearer " + bearer,
                                                         "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        return json.load(resp)


def describe(incident):
    lines = ["autoheal: incident " + incident.get("id", "?")]
    d = incident.get("diagnosis")
    if not d:
        lines.append("  undiagnosed: no rule matched")
    else:
        lines.append("  diagnosis: %s %s (rule \"%s\")" % (d["cause"], json.dumps(d.get("details", {})), d["rule"]))
    for i, p in enumerate(incident.get("proposals", []), 1):
        lines.append("  %d. %s %s (salience %s)" % (i, p["strategy"], json.dumps(p.get("params", {})), p["salience"]))
    for a in incident.get("attempts", []):
        lines.append("  tried %s: %s" % (a["strategy"], a["outcome"]))
    heal = incident.get("heal") or {}
    if heal.get("requested") and not heal.get("allowed"):
        lines.append("  heal refused: " + str(heal.get("why")))
    lines.append("  outcome: " + str(incident.get("outcome")))
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", default=os.environ.get("AUTOHEAL_URL", "http://127.0.0.1:8787"))
    ap.add_argument("--home", default=os.environ.get("AUTOHEAL_HOME", "."))
    ap.add_argument("--tool", help="the toolchain name in config/toolchains.json")
    ap.add_argument("--heal", action="store_true", help="ask for a heal (honoured if intake.heal allows it)")
    ap.add_argument("command", nargs=argparse.REMAINDER)
    args = ap.parse_args(argv)
    cmd = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not cmd:
        ap.error("give the command to run after --")
    run = subprocess.run(cmd, capture_output=True, text=True, errors="replace")
    sys.stdout.write(run.stdout)
    sys.stderr.write(run.stderr)
    if run.returncode == 0:
        return 0
    try:
        incident = report(args.url, token(args.home), args.tool, run.stderr or run.stdout, run.returncode, args.heal)
    except urllib.error.HTTPError as e:
        print("autoheal: could not report the error: HTTP %d: %s" % (e.code, server_error(e)), file=sys.stderr)
        return run.returncode
    except (NoToken, OSError, urllib.error.URLError) as e:
        print("autoheal: could not report the error: %s" % e, file=sys.stderr)
        return run.returncode
    print(describe(incident), file=sys.stderr)
    return run.returncode


if __name__ == "__main__":
    sys.exit(main())
