"""Gira alle 06:30 (cron su crm-worker-02). Legge le chat WhatsApp chiuse ieri e manda il riepilogo su Teams."""
import json
import os
from datetime import date, timedelta

import psycopg
import requests
from jinja2 import Template
from openai import AzureOpenAI

from .prompt import ISTRUZIONI

client = AzureOpenAI(
    azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
    api_key=os.environ["AZURE_OPENAI_API_KEY"],
    api_version=os.environ.get("AZURE_OPENAI_API_VERSION", "2024-08-01-preview"),
)
DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o-riepiloghi")

SQL = """
select c.id, c.wa_id, c.cliente_nome, string_agg(m.mittente || ': ' || m.testo, E'\n' order by m.ts)
from conversazioni c join messaggi m on m.conversazione_id = c.id
where c.chiusa_il::date = %s
group by c.id, c.wa_id, c.cliente_nome
"""

CARD = Template("""**Riepilogo WhatsApp del {{ giorno }}** — {{ righe|length }} conversazioni
{% for r in righe %}
- **{{ r.nome or r.wa_id[-4:] }}** · {{ r.motivo }} · _{{ r.esito }}_{% if r.sentiment == 'negativo' %} 🔴{% endif %}{% for a in r.azioni %}
    - [ ] {{ a }}{% endfor %}{% endfor %}
""")


def riassumi(trascrizione: str) -> dict:
    r = client.chat.completions.create(
        model=DEPLOYMENT,
        response_format={"type": "json_object"},
        temperature=0,
        messages=[{"role": "system", "content": ISTRUZIONI}, {"role": "user", "content": trascrizione[:12000]}],
    )
    return json.loads(r.choices[0].message.content)


def main() -> None:
    ieri = date.today() - timedelta(days=1)
    righe = []
    with psycopg.connect(os.environ["PG_DSN"]) as conn:
        for conv_id, wa_id, nome, testo in conn.execute(SQL, (ieri,)):
            try:
                s = riassumi(testo)
            except Exception as e:  # noqa: BLE001
                s = {"motivo": f"errore riepilogo: {e}", "esito": "in sospeso", "sentiment": "neutro", "azioni": []}
            s.update(nome=nome, wa_id=wa_id, conv_id=conv_id)
            righe.append(s)
    testo = CARD.render(giorno=ieri.strftime("%d/%m/%Y"), righe=righe)
    requests.post(os.environ["TEAMS_WEBHOOK_URL"], json={"text": testo}, timeout=20)


if __name__ == "__main__":
    main()
