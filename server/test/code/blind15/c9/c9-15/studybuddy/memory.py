import json
import os

import redis
from pydantic_ai.messages import ModelMessagesTypeAdapter

r = redis.from_url(os.getenv("REDIS_URL", "redis://localhost:6379/0"))


def load(user: str):
    raw = r.get(f"sb:{user}")
    return ModelMessagesTypeAdapter.validate_json(raw) if raw else []


def save(user: str, messages) -> None:
    r.set(f"sb:{user}", ModelMessagesTypeAdapter.dump_json(messages[-30:]), ex=7 * 24 * 3600)
