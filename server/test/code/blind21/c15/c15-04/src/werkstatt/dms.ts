const h = { Authorization: `Bearer ${process.env.DMS_API_KEY}` };
const url = (p: string) => `${process.env.DMS_API_URL}${p}`;

export async function freieTermine(leistung: string, abDatum?: string) {
  const q = new URLSearchParams({ leistung, ab: abDatum ?? new Date().toISOString().slice(0, 10) });
  const r = await fetch(url(`/slots?${q}`), { headers: h });
  return (await r.json()).slice(0, 5);
}

export async function terminBuchen(b: { slot_id: string; kennzeichen: string; name: string; notiz?: string; telefon: string }) {
  const r = await fetch(url("/buchungen"), {
    method: "POST",
    headers: { ...h, "Content-Type": "application/json" },
    body: JSON.stringify(b),
  });
  return r.json();
}

export async function auftragsstatus(kennzeichen: string) {
  const r = await fetch(url(`/auftraege?kennzeichen=${encodeURIComponent(kennzeichen)}`), { headers: h });
  return r.json();
}
