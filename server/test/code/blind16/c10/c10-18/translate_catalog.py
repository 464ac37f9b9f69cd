"""Batch-translate the product catalogue CSV. Run by the merch team before each catalogue sync.

usage: python translate_catalog.py catalog.csv ml hi ta
"""
import sys
from pathlib import Path

import pandas as pd
from dotenv import load_dotenv
from openai import OpenAI

load_dotenv()
client = OpenAI()
TEMPLATE = Path(__file__).with_name("prompts").joinpath("translate.txt").read_text(encoding="utf-8")
NAMES = {"ml": "Malayalam", "hi": "Hindi", "ta": "Tamil"}


def translate(text: str, lang: str) -> str:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        temperature=0,
        messages=[
            {"role": "system", "content": TEMPLATE.format(target_language=NAMES[lang])},
            {"role": "user", "content": text},
        ],
    )
    return r.choices[0].message.content.strip()


def main() -> None:
    src, *langs = sys.argv[1:]
    df = pd.read_csv(src)
    for lang in langs:
        df[f"description_{lang}"] = [translate(d, lang) for d in df["description_en"]]
    out = Path(src).with_suffix(".translated.csv")
    df.to_csv(out, index=False)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
