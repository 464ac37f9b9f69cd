import os
import httpx
import redis
from langchain_core.tools import tool

r = redis.Redis.from_url(os.getenv("REDIS_URL", "redis://localhost:6379/0"), decode_responses=True)

ZENDESK = f"https://{os.getenv('ZENDESK_SUBDOMAIN', 'clinicasonrisa')}.zendesk.com/api/v2"
ZENDESK_AUTH = (f"{os.getenv('ZENDESK_EMAIL')}/token", os.getenv("ZENDESK_TOKEN", ""))


def make_tools(wa_id: str):
    @tool
    def huecos_libres(fecha: str) -> list[str]:
        """Devuelve las horas libres de la agenda para una fecha AAAA-MM-DD."""
        ocupadas = r.smembers(f"agenda:{fecha}")
        todas = ["09:00", "09:45", "10:30", "11:15", "12:00", "16:00", "16:45", "17:30", "18:15", "19:00"]
        return [h for h in todas if h not in ocupadas]

    @tool
    def reservar_cita(fecha: str, hora: str, nombre: str, motivo: str) -> str:
        """Reserva una cita para el paciente."""
        if not r.sadd(f"agenda:{fecha}", hora):
            return "Esa hora ya no está libre."
        r.hset(f"cita:{fecha}:{hora}", mapping={"wa": wa_id, "nombre": nombre, "motivo": motivo})
        return f"Cita confirmada el {fecha} a las {hora}."

    @tool
    def transferir_a_humano(motivo: str) -> str:
        """Pasa la conversación a recepción (persona). El bot deja de responder a este paciente."""
        r.set(f"humano:{wa_id}", "1", ex=60 * 60 * 12)
        httpx.post(
            f"{ZENDESK}/tickets.json",
            auth=ZENDESK_AUTH,
            json={
                "ticket": {
                    "subject": f"WhatsApp +{wa_id}: {motivo[:60]}",
                    "comment": {"body": f"Paciente +{wa_id} pide atención humana. Motivo: {motivo}"},
                    "tags": ["whatsapp", "handoff"],
                    "group_id": int(os.getenv("ZENDESK_RECEPCION_GROUP", "0")) or None,
                }
            },
            timeout=10,
        )
        return "Transferido a recepción."

    return [huecos_libres, reservar_cita, transferir_a_humano]
