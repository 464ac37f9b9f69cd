"""Передача клиента живому менеджеру через Bitrix24: лид + уведомление ответственному."""
import os

import requests


def _call(method: str, payload: dict) -> dict:
    r = requests.post(f"{os.environ['BITRIX_WEBHOOK']}{method}.json", json=payload, timeout=10)
    r.raise_for_status()
    return r.json()


def hand_to_manager(phone: str, name: str, summary: str) -> int:
    manager = int(os.environ["BITRIX_MANAGER_ID"])
    lead = _call(
        "crm.lead.add",
        {
            "fields": {
                "TITLE": f"WhatsApp: {name or phone}",
                "NAME": name,
                "PHONE": [{"VALUE": f"+{phone}", "VALUE_TYPE": "WORK"}],
                "SOURCE_ID": "WHATSAPP",
                "ASSIGNED_BY_ID": manager,
                "COMMENTS": summary,
            }
        },
    )["result"]
    _call(
        "im.notify.system.add",
        {
            "USER_ID": manager,
            "MESSAGE": f"Клиент +{phone} в WhatsApp просит менеджера. Лид #{lead}. Напишите ему с рабочего WhatsApp. Суть: {summary}",
        },
    )
    return lead
