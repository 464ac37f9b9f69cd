import httpx

from .settings import CORE_BANKING_URL

SALIO_TOOL = {
    "type": "function",
    "function": {
        "name": "salio",
        "description": "Pata salio la akiba na hisa za mwanachama",
        "parameters": {
            "type": "object",
            "properties": {
                "namba_uanachama": {"type": "string"},
                "otp": {"type": "string", "description": "PIN ya mara moja kutoka SMS"},
            },
            "required": ["namba_uanachama", "otp"],
        },
    },
}


async def salio(wa_id: str, namba_uanachama: str, otp: str) -> dict:
    async with httpx.AsyncClient(timeout=8) as c:
        r = await c.post(
            f"{CORE_BANKING_URL}/members/{namba_uanachama}/balance",
            json={"otp": otp, "msisdn": wa_id},
        )
        if r.status_code == 401:
            return {"kosa": "OTP si sahihi"}
        r.raise_for_status()
        return r.json()
