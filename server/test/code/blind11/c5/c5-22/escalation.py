# Counsellor desk integration — planned for next session (Freshdesk?). Leave as no-op for now.

def escalate(phone: str, reason: str) -> None:
    pass  # TODO
