"""Generiert Produktbeschreibungen für den Shop-Export aus der Artikelliste (CSV)."""
import sys

import ollama
import pandas as pd

SYSTEM = (
    "Du bist Texter für den Online-Shop der Gartenbedarf Ahrens GmbH. "
    "Schreibe aus den Stichpunkten eine sachliche Produktbeschreibung auf Deutsch, 60–90 Wörter, "
    "Sie-Form, keine Superlative, keine erfundenen Eigenschaften. Gib nur den Text zurück."
)


def beschreibung(row: pd.Series) -> str:
    stichpunkte = f"Artikel: {row['name']}\nMaterial: {row['material']}\nMaße: {row['masse']}\nBesonderheiten: {row['merkmale']}"
    r = ollama.chat(
        model="llama3.1:8b",
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": stichpunkte}],
        options={"temperature": 0.3},
    )
    return r["message"]["content"].strip()


if __name__ == "__main__":
    src, dst = sys.argv[1], sys.argv[2]
    df = pd.read_csv(src, sep=";")
    df["beschreibung"] = df.apply(beschreibung, axis=1)
    df.to_csv(dst, sep=";", index=False)
    print(f"{len(df)} Beschreibungen geschrieben nach {dst}")
