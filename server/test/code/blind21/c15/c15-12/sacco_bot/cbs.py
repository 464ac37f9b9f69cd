"""Thin client for the core banking system (read-only endpoints)."""
import os

import requests


def _get(path: str, **params):
    r = requests.get(
        f"{os.environ['CBS_API_URL']}{path}",
        params=params,
        headers={"X-Api-Key": os.environ["CBS_API_KEY"]},
        timeout=10,
    )
    r.raise_for_status()
    return r.json()


def loan_balance(member_no: str, id_last4: str) -> dict:
    return _get("/loans/balance", member=member_no, id4=id_last4)


def deposits(member_no: str, id_last4: str) -> dict:
    return _get("/deposits", member=member_no, id4=id_last4)
