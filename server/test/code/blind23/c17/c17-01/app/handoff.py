import os
import httpx

CW = os.environ.get("CHATWOOT_URL", "")
ACC = os.environ.get("CHATWOOT_ACCOUNT_ID", "1")
HEAD = {"api_access_token": os.environ.get("CHATWOOT_TOKEN", "")}


def transferir_para_equipe(conversation_id: int, motivo: str) -> str:
    """Abre a conversa no Chatwoot para a fila de atendimento humano."""
    with httpx.Client(base_url=CW, headers=HEAD, timeout=10) as c:
        c.post(f"/api/v1/accounts/{ACC}/conversations/{conversation_id}/messages",
               json={"content": f"[bot] transferência: {motivo}", "private": True})
        c.post(f"/api/v1/accounts/{ACC}/conversations/{conversation_id}/toggle_status",
               json={"status": "open"})
    return ("Tô chamando alguém da equipe pra falar contigo aqui mesmo 🙂 "
            "Em horário comercial a resposta costuma sair em poucos minutos.")
