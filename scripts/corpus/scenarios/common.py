"""Helpers that keep scenario lists short: a scenario is a plain dict (see capture.py for the keys)."""


def sc(name, cause, cmd, description, files=None, detail=None, exception="", **kw):
    d = {"name": name, "cause": cause, "cmd": cmd, "description": description, "files": files or {},
         "detail": detail or {}, "exception": exception}
    d.update(kw)
    return d


CLOSED = {"db": ("closed",)}


# the ws package Debian installs, linked or depended on by Node scenarios that need it
WS_LINK = ["mkdir -p node_modules && ln -s /usr/share/nodejs/ws node_modules/ws"]
WS_REQ = ["file:/usr/share/nodejs/ws"]


def pkg(scripts, esm=False, extra="", name="app"):
    """A package.json with these npm scripts ("type": "module" when esm; extra: more fields, each after a comma)."""
    s = ", ".join('"%s": "%s"' % kv for kv in scripts.items())
    return '{"name": "%s", "version": "1.0.0",%s%s "scripts": {%s}}\n' % (name, ' "type": "module",' if esm else "", extra, s)
