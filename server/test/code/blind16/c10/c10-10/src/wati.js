const BASE = process.env.WATI_API_ENDPOINT; // e.g. https://live-mt-server.wati.io/12345
const H = { Authorization: `Bearer ${process.env.WATI_TOKEN}`, 'Content-Type': 'application/json' };

export async function sendSessionMessage(waId, text) {
  await fetch(`${BASE}/api/v1/sendSessionMessage/${waId}?messageText=${encodeURIComponent(text)}`, { method: 'POST', headers: H });
}

export async function addTag(waId, tag) {
  await fetch(`${BASE}/api/v1/addContactTag/${waId}`, { method: 'POST', headers: H, body: JSON.stringify({ tag }) });
}

export async function assignTeam(waId, teamName) {
  await fetch(`${BASE}/api/v1/tickets/assign?whatsappNumber=${waId}&teamName=${encodeURIComponent(teamName)}`, { method: 'POST', headers: H });
}
