// Integrasi ke aplikasi klinik (SIMKlinik) – endpoint internal
const BASE = process.env.SIMKLINIK_URL ?? 'http://192.168.1.20:8000/api'

export async function cekJadwal(tanggal: string) {
  const r = await fetch(`${BASE}/slots?date=${encodeURIComponent(tanggal)}`)
  return r.json()
}

export async function buatJanji(data: Record<string, string>, noWa: string) {
  const r = await fetch(`${BASE}/appointments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...data, no_wa: noWa, sumber: 'whatsapp-bot' }),
  })
  return r.json()
}
