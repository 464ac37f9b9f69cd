from pathlib import Path

from agents import Agent, Runner, function_tool
from fastapi import FastAPI
from pywa_async import WhatsApp, filters, types

app = FastAPI()
wa = WhatsApp(phone_id="1234567890", token="TOKEN", server=app, verify_token="verify-me")

INSTRUCTIONS = (Path(__file__).parent / "instructions" / "system.txt").read_text(encoding="utf-8")


@function_tool
async def transfer_to_human(wa_id: str) -> str:
    """Met la conversation en pause et prévient l'équipe en boutique."""
    await wa.send_message(to="33612345678", text=f"Un client ({wa_id}) demande un conseiller.")
    return "transféré"


agent = Agent(name="Boulangerie Martin", instructions=INSTRUCTIONS, tools=[transfer_to_human])


@wa.on_message(filters.text)
async def on_text(client: WhatsApp, msg: types.Message):
    result = await Runner.run(agent, msg.text)
    await msg.reply_text(result.final_output)
