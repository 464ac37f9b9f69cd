const SUMMARY_PROMPT = `You summarise customer support transcripts for the CX team lead.
The transcripts come from our WhatsApp inbox (bot + human agents). You are not talking to the customer.

For each transcript return JSON:
{"topic": short label, "resolved_by": "bot"|"agent"|"unresolved", "sentiment": "pos"|"neu"|"neg",
 "summary": max 2 sentences, "follow_up": null or what a person still needs to do}

Do not include phone numbers, addresses or card digits in the summary. Never invent facts
that are not in the transcript.`;

const DIGEST_PROMPT = `Write a Slack digest (max 12 bullet points) from these per-conversation JSON summaries.
Group by topic, call out anything with follow_up, and end with one line on overall sentiment.`;

module.exports = { SUMMARY_PROMPT, DIGEST_PROMPT };
