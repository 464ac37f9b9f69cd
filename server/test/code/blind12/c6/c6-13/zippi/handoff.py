import os

import redis

r = redis.Redis.from_url(os.getenv("REDIS_URL", "redis://localhost:6379/0"), decode_responses=True)
AGENT_DESK = os.getenv("AGENT_DESK_NUMBER", "919833104472")
HANDOFF_TTL = 6 * 3600


def is_with_agent(wa_id: str) -> bool:
    return r.exists(f"agent:{wa_id}") == 1


def hand_to_agent(wa, wa_id: str, summary: str) -> None:
    r.set(f"agent:{wa_id}", "1", ex=HANDOFF_TTL)
    r.lpush("agent:queue", wa_id)
    wa.send_message(
        to=AGENT_DESK,
        text=f"New handoff from +{wa_id}\n{summary}\nReply '#done {wa_id}' to give the chat back to the bot.",
    )


def release(wa_id: str) -> None:
    r.delete(f"agent:{wa_id}")
