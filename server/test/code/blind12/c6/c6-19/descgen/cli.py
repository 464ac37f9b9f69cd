import csv
import json
from pathlib import Path

import typer
from openai import OpenAI

from .templates import SYSTEM

app = typer.Typer()
client = OpenAI()


@app.command()
def run(products_csv: Path, out: Path = Path("descriptions.jsonl"), model: str = "gpt-4o-mini"):
    """Generate descriptions for every row of an exported products CSV."""
    with products_csv.open(encoding="utf-8") as fh, out.open("w", encoding="utf-8") as dst:
        for row in csv.DictReader(fh):
            res = client.chat.completions.create(
                model=model,
                response_format={"type": "json_object"},
                messages=[
                    {"role": "system", "content": SYSTEM},
                    {"role": "user", "content": json.dumps(row, ensure_ascii=False)},
                ],
            )
            data = json.loads(res.choices[0].message.content)
            data["sku"] = row.get("sku")
            dst.write(json.dumps(data, ensure_ascii=False) + "\n")
            typer.echo(f"✓ {row.get('sku')}")


if __name__ == "__main__":
    app()
