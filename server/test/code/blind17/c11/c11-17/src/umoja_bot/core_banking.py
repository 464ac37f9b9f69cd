import os

import httpx

CBS = os.getenv("CORE_BANKING_URL", "http://cbs.umoja.local/api")


def salio(namba: str, pin: str) -> dict:
    r = httpx.post(f"{CBS}/members/{namba}/balance", json={"wa_pin": pin}, timeout=10)
    return r.json() if r.status_code == 200 else {"kosa": "uthibitisho umeshindwa"}


def hali_ya_mkopo(namba: str) -> dict:
    r = httpx.get(f"{CBS}/members/{namba}/loans", timeout=10)
    return r.json()
