import os

import requests

BASE = os.getenv("CRM_URL", "http://localhost:8090")


def free_slots(date: str, service: str) -> list[str]:
    r = requests.get(f"{BASE}/slots", params={"date": date, "service": service}, timeout=5)
    return r.json().get("slots", []) if r.ok else []


def book(date: str, time: str, service: str, car: str, phone: str) -> dict:
    r = requests.post(f"{BASE}/bookings", json=locals(), timeout=5)
    return r.json() if r.ok else {"error": r.text}
