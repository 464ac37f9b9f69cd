import os
import time

from openai import OpenAI

client = OpenAI()


def crea_assistente():
    return client.beta.assistants.create(
        name="Tuttofare",
        instructions="Sei un assistente tuttofare: rispondi a qualsiasi domanda su qualunque argomento.",
        #             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ flow/open-domain-llm
        model="gpt-4o-mini",
    )


def rispondi(thread_id: str, testo: str) -> str:
    client.beta.threads.messages.create(thread_id=thread_id, role="user", content=testo)
    run = client.beta.threads.runs.create(thread_id=thread_id, assistant_id=os.environ["ASSISTANT_ID"])
    while run.status not in ("completed", "failed"):
        time.sleep(0.5)
        run = client.beta.threads.runs.retrieve(thread_id=thread_id, run_id=run.id)
    return client.beta.threads.messages.list(thread_id=thread_id).data[0].content[0].text.value
