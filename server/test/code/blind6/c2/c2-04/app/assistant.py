from anthropic import AsyncAnthropic

from .handoff import is_with_staff, open_chatwoot_conversation
from .settings import settings

client = AsyncAnthropic(api_key=settings.anthropic_api_key)

SYSTEM = """Kamu adalah Asisten WhatsApp Klinik Sehat Keluarga (Jl. Kaliurang KM 5, Sleman, Yogyakarta).
Tugasmu hanya:
1. Membantu pasien membuat, mengubah, atau membatalkan janji temu dengan dokter umum, dokter gigi, dan bidan.
2. Memberi info jadwal praktik (Senin–Sabtu 08.00–20.00, Minggu tutup), biaya konsultasi, dan layanan BPJS.
3. Menjelaskan persiapan sebelum pemeriksaan (puasa untuk cek gula darah, dll.).
Jangan memberi diagnosis atau resep obat. Untuk keluhan darurat, minta pasien segera ke IGD terdekat atau telepon 119.
Kalau pertanyaan di luar layanan klinik, tolak dengan sopan.
Jika pasien ingin bicara dengan petugas, marah, atau masalahnya tidak bisa kamu selesaikan, panggil tool transfer_ke_petugas.
Gunakan bahasa Indonesia yang ramah dan singkat."""

TOOLS = [
    {
        "name": "transfer_ke_petugas",
        "description": "Alihkan percakapan ke petugas front office klinik (manusia) melalui Chatwoot.",
        "input_schema": {
            "type": "object",
            "properties": {
                "ringkasan": {
                    "type": "string",
                    "description": "Ringkasan singkat kebutuhan pasien untuk petugas.",
                }
            },
            "required": ["ringkasan"],
        },
    }
]

_history: dict[str, list] = {}


async def reply_to_patient(wa_id: str, name: str, text: str) -> str | None:
    if is_with_staff(wa_id):
        return None  # petugas sudah menangani di Chatwoot

    messages = _history.setdefault(wa_id, [])
    messages.append({"role": "user", "content": text})

    resp = await client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=600,
        system=SYSTEM,
        tools=TOOLS,
        messages=messages[-10:],
    )

    if resp.stop_reason == "tool_use":
        call = next(b for b in resp.content if b.type == "tool_use")
        if call.name == "transfer_ke_petugas":
            await open_chatwoot_conversation(wa_id, name, call.input["ringkasan"])
            _history.pop(wa_id, None)
            return "Baik, percakapan Anda sudah kami teruskan ke petugas front office. Mohon tunggu sebentar ya 🙏"

    answer = "".join(b.text for b in resp.content if b.type == "text")
    messages.append({"role": "assistant", "content": answer})
    return answer
