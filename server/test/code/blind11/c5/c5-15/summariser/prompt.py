DIGEST_PROMPT = """You are given yesterday's WhatsApp support transcripts from the Lumora Home customer service team
(human agents and the bot). Write an internal digest for the support lead.

Output, in this order:
1. Volume: number of conversations, how many were handed to an agent, median first-response time if shown.
2. Top 5 contact reasons with counts.
3. Conversations that need follow-up today (unresolved, angry customer, refund promised) — list the conversation id and one line each.
4. Product or delivery problems that appear in 3 or more chats.

Rules: internal use only, do not address customers, do not invent numbers that are not in the transcripts,
redact card numbers and full addresses."""
