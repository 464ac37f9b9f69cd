"""Klasifikasi email masuk ke kotak cs@ dan beri label IMAP sesuai kategori."""
import email
import imaplib
import json
import os
from email.header import decode_header

import anthropic
from dotenv import load_dotenv

from categories import KATEGORI

load_dotenv()
claude = anthropic.Anthropic()

PROMPT_SISTEM = (
    "Kamu adalah pengklasifikasi email untuk tim layanan pelanggan PT Sinar Jaya Abadi. "
    "Baca subjek dan isi email, lalu pilih SATU kategori dari daftar berikut:\n"
    + "\n".join(f"- {k}: {v}" for k, v in KATEGORI.items())
    + '\nBalas hanya dengan JSON: {"kategori": "...", "prioritas": "tinggi|sedang|rendah", "ringkasan": "..."}'
)


def _decode(s):
    parts = decode_header(s or "")
    return "".join(p.decode(enc or "utf-8", "ignore") if isinstance(p, bytes) else p for p, enc in parts)


def klasifikasi(subjek: str, isi: str) -> dict:
    msg = claude.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=300,
        system=PROMPT_SISTEM,
        messages=[{"role": "user", "content": f"Subjek: {subjek}\n\n{isi[:6000]}"}],
    )
    return json.loads(msg.content[0].text)


def main():
    imap = imaplib.IMAP4_SSL(os.environ["IMAP_HOST"])
    imap.login(os.environ["IMAP_USER"], os.environ["IMAP_PASSWORD"])
    imap.select("INBOX")
    _, ids = imap.search(None, "UNSEEN")
    for num in ids[0].split():
        _, data = imap.fetch(num, "(RFC822)")
        m = email.message_from_bytes(data[0][1])
        body = ""
        for part in m.walk():
            if part.get_content_type() == "text/plain":
                body = part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8", "ignore")
                break
        hasil = klasifikasi(_decode(m["Subject"]), body)
        imap.store(num, "+X-GM-LABELS", hasil["kategori"])
        print(num.decode(), hasil)
    imap.logout()


if __name__ == "__main__":
    main()
