import httpx

PMS_URL = "https://pms.alcazabasuites.es/api"


async def check_availability(check_in: str, check_out: str, guests: int) -> dict:
    async with httpx.AsyncClient(timeout=10) as c:
        r = await c.get(f"{PMS_URL}/availability", params={"from": check_in, "to": check_out, "guests": guests})
        r.raise_for_status()
        return r.json()


TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "check_availability",
            "description": "Rooms and rates free for the given dates",
            "parameters": {
                "type": "object",
                "properties": {
                    "check_in": {"type": "string", "description": "YYYY-MM-DD"},
                    "check_out": {"type": "string", "description": "YYYY-MM-DD"},
                    "guests": {"type": "integer"},
                },
                "required": ["check_in", "check_out", "guests"],
            },
        },
    }
]
