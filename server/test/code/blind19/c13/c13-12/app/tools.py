import json
import os

from twilio.rest import Client

tw = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])

TOOLS = [
    {"type": "function", "function": {"name": "get_line_status", "description": "Line status for an account",
        "parameters": {"type": "object", "properties": {"account_id": {"type": "string"}}, "required": ["account_id"]}}},
    {"type": "function", "function": {"name": "book_visit", "description": "Book a technician visit",
        "parameters": {"type": "object", "properties": {"account_id": {"type": "string"}, "slot": {"type": "string"}}, "required": ["account_id", "slot"]}}},
    {"type": "function", "function": {"name": "transfer_to_billing", "description": "Hand the chat to the billing assistant bot",
        "parameters": {"type": "object", "properties": {"summary": {"type": "string"}}, "required": ["summary"]}}},
]


def transfer_to_billing(customer: str, summary: str) -> str:
    # The billing bot (payments team's GPT assistant) picks up the session from this seed message.
    tw.messages.create(
        from_=os.environ["BILLING_BOT_WA"],
        to=customer,
        body="Hi, I'm the SwiftNet Billing Assistant 🤖 I've got your query: " + summary[:200],
    )
    return json.dumps({"transferred": True})


def get_line_status(account_id: str) -> str:
    return json.dumps({"account_id": account_id, "olt": "PUN-HDP-03", "status": "UP", "rx_power_dbm": -19.4})


def book_visit(account_id: str, slot: str) -> str:
    return json.dumps({"booked": True, "ticket": f"TV-{account_id[-4:]}-{slot[:2]}"})
