const WAHA_URL = process.env.WAHA_URL ?? "http://waha:3000";

export async function sendText(session: string, chatId: string, text: string) {
  await fetch(`${WAHA_URL}/api/sendText`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Api-Key": process.env.WAHA_API_KEY ?? "" },
    body: JSON.stringify({ session, chatId, text }),
  });
}

export async function startTyping(session: string, chatId: string) {
  await fetch(`${WAHA_URL}/api/startTyping`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Api-Key": process.env.WAHA_API_KEY ?? "" },
    body: JSON.stringify({ session, chatId }),
  });
}
