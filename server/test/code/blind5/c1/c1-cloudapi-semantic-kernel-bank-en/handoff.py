import os
from datetime import datetime, timezone
from typing import Annotated

from semantic_kernel.functions import kernel_function
from sqlalchemy import create_engine, text

engine = create_engine(os.environ["DATABASE_URL"])


class HandoffPlugin:
    """Lets the model hand a WhatsApp conversation to the member-services desk."""

    def __init__(self, wa_id: str):
        self.wa_id = wa_id

    @kernel_function(name="transfer_to_agent", description="Transfer the member to a human member-services representative.")
    def transfer_to_agent(self, reason: Annotated[str, "Short summary of why the member needs a person"]) -> str:
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO handoffs (wa_id, reason, status, created_at) VALUES (:w, :r, 'waiting_human', :t) "
                    "ON CONFLICT (wa_id) DO UPDATE SET status='waiting_human', reason=:r, created_at=:t"
                ),
                {"w": self.wa_id, "r": reason, "t": datetime.now(timezone.utc)},
            )
        return "A member-services representative has been notified and will reply in this chat within business hours."


def is_with_human(wa_id: str) -> bool:
    with engine.connect() as conn:
        row = conn.execute(text("SELECT status FROM handoffs WHERE wa_id=:w"), {"w": wa_id}).first()
    return bool(row and row.status == "waiting_human")
