import json
import os

import requests
import typer
from openai import OpenAI
from rich import print

from .prompts import DRAFT_PROMPT

app = typer.Typer(help="WhatsApp 模板草稿工具（内部）")
client = OpenAI()


@app.command()
def draft(brief: str = typer.Argument(..., help="活动简介"), out: str = "drafts.json"):
    r = client.chat.completions.create(
        model="gpt-4o",
        response_format={"type": "json_object"},
        messages=[{"role": "system", "content": DRAFT_PROMPT}, {"role": "user", "content": brief}],
    )
    data = json.loads(r.choices[0].message.content)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
    print(data)


@app.command()
def submit(file: str, index: int = 0, name: str = typer.Option(...), lang: str = "zh_CN"):
    """把审核通过的草稿提交到 Meta（WABA message_templates 接口）。"""
    d = json.load(open(file, encoding="utf-8"))["drafts"][index]
    resp = requests.post(
        f"https://graph.facebook.com/v21.0/{os.environ['WABA_ID']}/message_templates",
        headers={"Authorization": f"Bearer {os.environ['WA_TOKEN']}"},
        json={"name": name, "language": lang, "category": "MARKETING",
              "components": [{"type": "BODY", "text": d["body"], "example": {"body_text": [d["examples"]]}},
                             {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": d["button"]}]}]},
        timeout=15,
    )
    print(resp.json())


if __name__ == "__main__":
    app()
