import json
import os
from pathlib import Path

from openai import OpenAI

client = OpenAI()
ASSISTANT_ID = os.environ["OPENAI_ASSISTANT_ID"]
THREADS = Path("threads.json")


def _load() -> dict:
    return json.loads(THREADS.read_text()) if THREADS.exists() else {}


def _save(d: dict) -> None:
    THREADS.write_text(json.dumps(d))


def run_assistant(wa_id: str, message: str) -> str:
    threads = _load()
    thread_id = threads.get(wa_id)
    if thread_id is None:
        thread_id = client.beta.threads.create().id
        threads[wa_id] = thread_id
        _save(threads)

    client.beta.threads.messages.create(thread_id=thread_id, role="user", content=message)
    run = client.beta.threads.runs.create_and_poll(thread_id=thread_id, assistant_id=ASSISTANT_ID)
    if run.status != "completed":
        return "Sorry, I couldn't process that. Please try again."

    messages = client.beta.threads.messages.list(thread_id=thread_id, limit=1)
    return messages.data[0].content[0].text.value
