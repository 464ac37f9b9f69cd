import os
from dataclasses import dataclass

from sqlalchemy import create_engine, text

from .defaults import DEFAULT_MODEL, DEFAULT_SYSTEM_PROMPT

engine = create_engine(os.environ["DATABASE_URL"], pool_pre_ping=True)


@dataclass
class Tenant:
    id: int
    slug: str
    business_name: str
    system_prompt: str
    model: str
    chatwoot_inbox_id: int | None


def tenant_by_instance(instance: str) -> Tenant | None:
    with engine.connect() as c:
        row = c.execute(
            text("select id, slug, business_name, system_prompt, model, chatwoot_inbox_id "
                 "from tenants where evolution_instance = :i"),
            {"i": instance},
        ).mappings().first()
    if not row:
        return None
    return Tenant(
        id=row["id"],
        slug=row["slug"],
        business_name=row["business_name"],
        system_prompt=row["system_prompt"] or DEFAULT_SYSTEM_PROMPT,
        model=row["model"] or DEFAULT_MODEL,
        chatwoot_inbox_id=row["chatwoot_inbox_id"],
    )
