"""Translate product titles/descriptions of the Kaffeehaus Müller web shop catalogue.

Usage: python translate_catalog.py catalog_de.csv --to fr --out catalog_fr.csv
Runs locally against Ollama; output is reviewed by the content team before import into Shopware.
"""
import argparse

import ollama
import pandas as pd
from tqdm import tqdm

SYSTEM = (
    "You translate e-commerce product texts from German into {lang}. "
    "Keep brand names, units (g, ml, cm) and HTML tags unchanged. "
    "Do not add claims that are not in the source. Output only the translation, nothing else."
)

LANGS = {"fr": "French", "it": "Italian", "nl": "Dutch", "en": "English"}


def translate(text: str, lang: str, model: str) -> str:
    if not isinstance(text, str) or not text.strip():
        return text
    r = ollama.chat(
        model=model,
        messages=[
            {"role": "system", "content": SYSTEM.format(lang=LANGS[lang])},
            {"role": "user", "content": text},
        ],
        options={"temperature": 0},
    )
    return r["message"]["content"].strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("--to", choices=LANGS, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--model", default="qwen2.5:14b")
    a = ap.parse_args()

    df = pd.read_csv(a.src)
    for col in ("title", "short_description", "description_html"):
        df[f"{col}_{a.to}"] = [translate(t, a.to, a.model) for t in tqdm(df[col], desc=col)]
    df.to_csv(a.out, index=False)


if __name__ == "__main__":
    main()
