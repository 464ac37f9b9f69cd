import os

import psycopg
from psycopg.rows import dict_row

_conn = psycopg.connect(os.environ["DATABASE_URL"], row_factory=dict_row, autocommit=True)


def tenant_by_number(wa_number: str) -> dict | None:
    with _conn.cursor() as cur:
        cur.execute("SELECT * FROM tenants WHERE wa_number = %s", (wa_number,))
        return cur.fetchone()


def create_tenant(name: str, api_key: str, wa_number: str) -> int:
    """Called by the onboarding wizard; prompt is filled in later (optional step)."""
    with _conn.cursor() as cur:
        cur.execute("INSERT INTO tenants (name, d360_api_key, wa_number) VALUES (%s, %s, %s) RETURNING id",
                    (name, api_key, wa_number))
        return cur.fetchone()["id"]
