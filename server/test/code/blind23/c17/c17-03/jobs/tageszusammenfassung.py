"""Nächtlicher Job: fasst die WhatsApp-Kundengespräche des Vortags für die Filialleitung zusammen.

Läuft per Cron um 05:30 auf dem Reporting-Server. Schickt NICHTS an Kunden – das Ergebnis landet als
E-Mail im Verteiler filialleitung@autohaus-brenner.de und als Markdown in /srv/reports.
"""
import datetime as dt
import os
import smtplib
from email.message import EmailMessage

import psycopg
from google import genai

PROMPT = """Du bekommst die WhatsApp-Verläufe zwischen Kunden und unserem Serviceteam (Werkstatt, Verkauf, Teile)
vom {datum}. Schreibe für die Filialleitung eine interne Zusammenfassung auf Deutsch:

1. Anzahl Gespräche je Abteilung.
2. Die fünf wichtigsten Themen mit je einem Satz.
3. Offene Fälle, bei denen der Kunde auf eine Rückmeldung wartet (Name, Kennzeichen falls genannt, Anliegen).
4. Beschwerden wörtlich zitieren, höchstens zwei Zeilen pro Beschwerde.

Keine Vermutungen, keine Empfehlungen an Kunden. Wenn ein Verlauf leer ist, überspringen.

Verläufe:
{verlaeufe}
"""


def verlaeufe(datum: dt.date) -> str:
    with psycopg.connect(os.environ["REPORTING_DSN"]) as con:
        rows = con.execute(
            """select c.wa_id, c.abteilung, m.richtung, m.text
                 from wa_messages m join wa_conversations c on c.id = m.conversation_id
                where m.created_at::date = %s order by c.id, m.created_at""",
            (datum,),
        ).fetchall()
    blocks, last = [], None
    for wa_id, abt, richtung, text in rows:
        if wa_id != last:
            blocks.append(f"\n### {wa_id} ({abt})")
            last = wa_id
        blocks.append(f"{'Kunde' if richtung == 'in' else 'Team'}: {text}")
    return "\n".join(blocks)


def main() -> None:
    gestern = dt.date.today() - dt.timedelta(days=1)
    client = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
    res = client.models.generate_content(
        model="gemini-2.0-flash",
        contents=PROMPT.format(datum=gestern.strftime("%d.%m.%Y"), verlaeufe=verlaeufe(gestern)),
    )
    bericht = res.text
    with open(f"/srv/reports/wa-{gestern.isoformat()}.md", "w", encoding="utf-8") as f:
        f.write(bericht)
    mail = EmailMessage()
    mail["Subject"] = f"WhatsApp-Tagesbericht {gestern:%d.%m.}"
    mail["From"] = "reporting@autohaus-brenner.de"
    mail["To"] = "filialleitung@autohaus-brenner.de"
    mail.set_content(bericht)
    with smtplib.SMTP(os.environ.get("SMTP_HOST", "localhost")) as s:
        s.send_message(mail)


if __name__ == "__main__":
    main()
