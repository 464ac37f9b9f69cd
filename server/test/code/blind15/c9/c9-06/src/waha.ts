const WAHA_URL = process.env.WAHA_URL ?? 'http://localhost:3000';
const SESSION = process.env.WAHA_SESSION ?? 'default';

export async function sendText(chatId: string, text: string) {
  await fetch(`${WAHA_URL}/api/sendText`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Api-Key': process.env.WAHA_API_KEY ?? '' },
    body: JSON.stringify({ session: SESSION, chatId, text }),
  });
}
