import os

import requests

CODE = {
    "ordine": "coda-ordini",
    "prenotazione": "coda-sala",
    "allergeni": "coda-cucina",
    "reclamo": "coda-responsabili",
    "lavoro": "coda-amministrazione",
    "altro": "coda-generale",
}


def instrada(wa_id: str, message_id: str, esito: dict) -> None:
    """Assegna la conversazione alla coda giusta nel CRM; gli operatori rispondono dalla loro inbox."""
    requests.post(
        f"{os.environ['CRM_URL']}/conversazioni/{wa_id}/instrada",
        headers={"Authorization": f"Bearer {os.environ['CRM_TOKEN']}"},
        json={
            "coda": CODE[esito["categoria"]],
            "priorita": "alta" if esito.get("urgente") else "normale",
            "sede": esito.get("sede"),
            "message_id": message_id,
            "nota_interna": esito.get("motivo"),
        },
        timeout=10,
    ).raise_for_status()
