"""Her gece 02:00'de kapanan WhatsApp konuşmalarını Flowise özet akışına gönderir, sonucu CRM'e yazar."""
import os
import requests

FLOWISE = os.environ["FLOWISE_URL"] + "/api/v1/prediction/" + os.environ["OZET_CHATFLOW_ID"]
CRM = os.environ["CRM_URL"]


def main():
    kapananlar = requests.get(f"{CRM}/api/conversations?status=closed&since=24h", timeout=30).json()
    for k in kapananlar:
        dokum = "\n".join(f"[{m['ts']}] {m['sender']}: {m['text']}" for m in k["messages"])
        ozet = requests.post(FLOWISE, json={"question": dokum}, timeout=60).json()
        requests.patch(f"{CRM}/api/conversations/{k['id']}", json={"ai_ozet": ozet.get("json", ozet)}, timeout=30)


if __name__ == "__main__":
    main()
