from pathlib import Path

import pandas as pd
import typer
from litellm import completion
from tqdm import tqdm

app = typer.Typer()
PROMPT = Path(__file__).with_name("prompts").joinpath("translate.txt").read_text()

LANGS = {"de": "German", "fr": "French", "nl": "Dutch", "it": "Italian", "es": "Spanish"}


def translate(text: str, lang: str, model: str) -> str:
    if not isinstance(text, str) or not text.strip():
        return text
    r = completion(
        model=model,
        temperature=0,
        messages=[
            {"role": "system", "content": PROMPT.format(target_language=LANGS[lang])},
            {"role": "user", "content": text},
        ],
    )
    return r.choices[0].message.content.strip()


@app.command()
def run(src: Path, lang: str = "de", model: str = "anthropic/claude-3-5-haiku-20241022", out: Path | None = None):
    df = pd.read_csv(src)
    for col in ("title", "body_html"):
        df[f"{col}_{lang}"] = [translate(v, lang, model) for v in tqdm(df[col], desc=col)]
    out = out or src.with_name(f"{src.stem}.{lang}.csv")
    df.to_csv(out, index=False)
    typer.echo(f"wrote {out}")


if __name__ == "__main__":
    app()
