"""Batch: oznacza nieprzypisane wiadomości z WhatsAppa etykietą, żeby dashboard w Metabase pokazywał kolejki.
Uruchamiane co 15 minut z Airflow. Konsultanci odpisują klientom ręcznie w Zendesku."""
import json
import os

import pandas as pd
from openai import OpenAI
from sqlalchemy import create_engine, text

from .prompt import ETYKIETY, INSTRUKCJA

engine = create_engine(os.environ["DWH_URL"])
client = OpenAI()


def klasyfikuj(tresc: str) -> dict:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        temperature=0,
        response_format={"type": "json_object"},
        messages=[{"role": "system", "content": INSTRUKCJA}, {"role": "user", "content": tresc}],
    )
    wynik = json.loads(r.choices[0].message.content)
    if wynik.get("etykieta") not in ETYKIETY:
        wynik["etykieta"] = "inne"
    return wynik


def main() -> None:
    df = pd.read_sql("select id, body from wa_inbound where etykieta is null limit 500", engine)
    with engine.begin() as con:
        for row in df.itertuples():
            w = klasyfikuj(row.body)
            con.execute(text("update wa_inbound set etykieta=:e, pilne=:p, pewnosc=:c where id=:id"),
                        {"e": w["etykieta"], "p": bool(w.get("pilne")), "c": float(w.get("pewnosc", 0)), "id": row.id})
    print(f"oznaczono {len(df)} wiadomości")


if __name__ == "__main__":
    main()
