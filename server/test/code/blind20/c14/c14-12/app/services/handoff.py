import logging

log = logging.getLogger("turia.handoff")


def derivar_a_agente(telefono: str, resumen: str) -> dict:
    """Deriva el lead al equipo comercial.

    De momento solo lo dejamos en el log; el CRM (Inmovilla) no tiene API
    en nuestro plan y Carlos revisa los logs cuando puede.
    """
    log.info("LEAD %s | %s", telefono, resumen)
    return {"ok": True}
