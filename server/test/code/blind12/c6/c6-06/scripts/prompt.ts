export const DIGEST_INSTRUCTIONS = `You read exported WhatsApp support conversations between our customer-care agents and customers.
Produce an internal digest for the Monday ops meeting:
1. Top 5 recurring issues, each with a count and one anonymised example.
2. Conversations that ended without resolution (list the export file name and a one-line reason).
3. Any mention of refunds above EUR 200 or legal threats.
Do not include phone numbers or customer names. Output Markdown. This is not sent to customers.`;
