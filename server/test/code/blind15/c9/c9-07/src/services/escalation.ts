// TODO(jonas): an WATI assignOperator anbinden sobald wir die Team-Lizenz haben
export async function escalateToHuman(waId: string, reason: string): Promise<void> {
  console.log(`[escalation] ${new Date().toISOString()} wa=${waId} reason=${reason}`);
}
