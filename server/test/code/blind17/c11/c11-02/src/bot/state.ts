const paused = new Map<string, number>();
const history = new Map<string, { role: "user" | "assistant"; content: string }[]>();

export const pauseBot = (jid: string, ms: number) => paused.set(jid, Date.now() + ms);
export const isPaused = (jid: string) => (paused.get(jid) ?? 0) > Date.now();

export function getHistory(jid: string) {
  if (!history.has(jid)) history.set(jid, []);
  return history.get(jid)!;
}
