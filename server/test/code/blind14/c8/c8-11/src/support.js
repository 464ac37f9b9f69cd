// Escalation to the support desk. Planned: push to the Zendesk queue "WA-Amman".
export async function escalateToAgent(waId, summary) {
  console.log(`[escalation] ${waId}: ${summary}`);
  // await zendesk.tickets.create({ ... })
  return { queued: true };
}
