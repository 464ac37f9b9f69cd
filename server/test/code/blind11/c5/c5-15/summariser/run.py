import datetime as dt
import os

import anthropic
import psycopg
from slack_sdk import WebClient

from .prompt import DIGEST_PROMPT


def load_transcripts(day: dt.date) -> str:
    with psycopg.connect(os.environ["SUPPORT_DB_DSN"]) as conn:
        rows = conn.execute(
            """select conversation_id, sender_type, body, created_at
               from wa_messages where created_at::date = %s order by conversation_id, created_at""",
            (day,),
        ).fetchall()
    out, current = [], None
    for conv_id, sender, body, ts in rows:
        if conv_id != current:
            out.append(f"\n### conversation {conv_id}")
            current = conv_id
        out.append(f"[{ts:%H:%M}] {sender}: {body}")
    return "\n".join(out)


def main() -> None:
    day = dt.date.today() - dt.timedelta(days=1)
    transcripts = load_transcripts(day)
    client = anthropic.Anthropic()
    msg = client.messages.create(
        model="claude-sonnet-4-20250514",
        max_tokens=2000,
        system=DIGEST_PROMPT,
        messages=[{"role": "user", "content": transcripts}],
    )
    text = "".join(b.text for b in msg.content if b.type == "text")
    WebClient(token=os.environ["SLACK_BOT_TOKEN"]).chat_postMessage(
        channel=os.environ.get("DIGEST_CHANNEL", "#cs-leads"), text=f"*WhatsApp digest {day}*\n{text}"
    )


if __name__ == "__main__":
    main()
