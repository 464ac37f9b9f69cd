from .server import app, outbox

__all__ = ["app", "outbox"]
