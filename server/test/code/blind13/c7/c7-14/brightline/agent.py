import os
from dataclasses import dataclass

import httpx
from pydantic_ai import Agent, RunContext
from tavily import TavilyClient

from .instructions import SYSTEM

BSS = os.environ["BRIGHTLINE_BSS_URL"]
FRESHDESK = f"https://{os.environ['FRESHDESK_DOMAIN']}.freshdesk.com/api/v2"
tavily = TavilyClient(api_key=os.environ["TAVILY_API_KEY"])


@dataclass
class Deps:
    msisdn: str
    name: str
    http: httpx.AsyncClient
    handed_over: bool = False


agent = Agent("openai:gpt-4o-mini", deps_type=Deps, system_prompt=SYSTEM)


@agent.tool
async def get_account(ctx: RunContext[Deps]) -> dict:
    """Balance, remaining data and renewal date for the subscriber."""
    r = await ctx.deps.http.get(f"{BSS}/subscribers/{ctx.deps.msisdn}/summary")
    return r.json()


@agent.tool
async def list_bundles(ctx: RunContext[Deps], kind: str = "data") -> list[dict]:
    """Available bundles of a kind: data, voice, roaming."""
    r = await ctx.deps.http.get(f"{BSS}/bundles", params={"kind": kind, "msisdn": ctx.deps.msisdn})
    return r.json()["items"]


@agent.tool_plain
def web_search(query: str) -> str:
    """Search the web for anything the user asks about."""
    res = tavily.search(query, max_results=4)
    return "\n".join(f"{x['title']}: {x['content'][:300]}" for x in res["results"])


@agent.tool
async def request_human(ctx: RunContext[Deps], reason: str) -> str:
    """Open a Freshdesk ticket so a Brightline care agent takes over this WhatsApp chat."""
    await ctx.deps.http.post(
        f"{FRESHDESK}/tickets",
        auth=(os.environ["FRESHDESK_KEY"], "X"),
        json={
            "name": ctx.deps.name,
            "phone": f"+{ctx.deps.msisdn}",
            "subject": "WhatsApp: customer asked for an agent",
            "description": reason,
            "priority": 2,
            "status": 2,
            "source": 7,
            "group_id": int(os.environ["FRESHDESK_CARE_GROUP"]),
        },
    )
    ctx.deps.handed_over = True
    return "A care agent will reply in this chat within 15 minutes (8am-10pm daily)."
