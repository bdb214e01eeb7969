"""Helpers that keep scenario lists short: a scenario is a plain dict (see capture.py for the keys)."""


def sc(name, cause, cmd, description, files=None, detail=None, exception="", **kw):
    d = {"name": name, "cause": cause, "cmd": cmd, "description": description, "files": files or {},
         "detail": detail or {}, "exception": exception}
    d.update(kw)
    return d


CLOSED = {"db": ("closed",)}
