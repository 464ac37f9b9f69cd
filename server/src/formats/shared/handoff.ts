/** Helpdesk products, as hosts, paths and node names write them (a regex alternation). */
export const HELPDESK_PRODUCTS = 'chatwoot|zendesk|freshdesk|intercom|helpscout|zammad|hubspot';
/** URLs and names of helpdesk / agent-inbox endpoints (also the API paths of Chatwoot and Zendesk/Freshdesk on a
 * self-hosted domain): a call to one hands the conversation to a person. */
export const HELPDESK = new RegExp(
  `${HELPDESK_PRODUCTS}|front\\.com|crisp\\.chat|\\/assign|handoff|hand-off|live-?agent|human|talk_to_agent|escalat|\\/api\\/v1\\/accounts\\/[^/\\s]+\\/conversations|\\/api\\/v2\\/tickets`,
  'i',
);
/** URLs of model APIs: a call to one is an LLM whose prompt may not be visible. */
export const LLM_ENDPOINT =
  /openai|anthropic|generativelanguage|aiplatform|\/chat\/completions|\/v1\/messages|mistral|groq|deepseek|openrouter|ollama/i;
/** Router labels (classifier classes, scenarios) that send small talk and general questions somewhere. */
export const GENERAL_ROUTE =
  /general (question|query|knowledge|chat)|chatting casually|small ?talk|chit-?chat|anything else|other (question|topic|request)s?|^other$|off-topic|everything else/i;

import { analyzePrompt } from '../../analysis';
import { findContacts, type Contact } from '../../analysis/contacts';
import type { Signal } from '../../analysis/types';
import type { PromptUnit, Span } from '../../model/types';

const PHONE = /(?:\+|\b)\d[\d ().-]{6,}\d\b/;
const CALL = /\b(call|phone|ring|dial|contact|reach|speak|talk|llam[ae]|lig(ue|ar)|appel|anruf|telefon|hubungi)\w*/i;

/**
 * A click-to-chat link anywhere in a message (`https://wa.me/3361…`, `api.whatsapp.com/send?phone=…`): it opens a chat
 * with that number, which is someone's phone.
 */
const CHAT_LINK_IN_TEXT = /(?:wa\.me\/\+?|whatsapp\.com\/send\/?\?phone=\+?)\d{7,15}\b/i;

/**
 * A message that gives the customer a person's phone number: an international number, any number it says to call,
 * or a click-to-chat link to a number (in any language: the link itself says "chat with this phone").
 */
export function phoneContact(text: string): string | undefined {
  const link = CHAT_LINK_IN_TEXT.exec(text);
  if (link && usable(text, link)) return link[0];
  const phone = PHONE.exec(text);
  return phone &&
    (phone[0].startsWith('+') || CALL.test(text)) &&
    phone[0].replace(/\D/g, '').length >= 7 &&
    usable(text, phone)
    ? phone[0].trim()
    : undefined;
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/** A message that gives the customer a way to reach a person: a phone number (see phoneContact) or an e-mail address. */
export function contactOffered(text: string): string | undefined {
  const email = EMAIL.exec(text);
  return phoneContact(text) ?? (email && usable(text, email) ? email[0] : undefined) ?? contactForHelp(text);
}

/** A click-to-chat link to a number (`wa.me/62812…`, `api.whatsapp.com/send?phone=…`): a chat with that phone. */
const CHAT_LINK = /^(?:https?:\/\/)?(?:wa\.me\/\+?\d|(?:api\.)?whatsapp\.com\/send\/?\?phone=\+?\d)/;

/**
 * A usable contact in a message the prompt analysis reads as a way to a person (a phone, an e-mail or a
 * click-to-chat link to a person's number; other links are pages, not people), in any language it reads
 * ("상담원 연결: 02-3445-7821", "Kundenservice: 030 1234567").
 */
function contactForHelp(text: string): string | undefined {
  const contact = personContact(text);
  if (!contact || text.toLowerCase().length !== text.length || !analyzePrompt(text).hasEscalation) return undefined;
  return text.slice(contact.start, contact.end).trim();
}

/**
 * The first contact of a person the text gives (a phone, an e-mail, a click-to-chat link; a page is no person), by
 * the contact scanner of the prompt analysis: placeholders and no-reply addresses are rejected there.
 */
function personContact(text: string): Contact | undefined {
  if (!/\d|@/.test(text)) return undefined;
  return findContacts(text.toLowerCase()).find((c) => !c.rejected && (c.kind !== 'url' || CHAT_LINK.test(c.value)));
}

/** A prompt gives a contact of its own (personContact). */
export function ownContact(text: string): boolean {
  return personContact(text) !== undefined;
}

/**
 * False when the analysis's contact scanner rejects what was found there (a placeholder number such as
 * "+1 555 000 0000" or "0850 XXX XX XX", a placeholder address such as "name@example.com"): every adapter counts
 * contacts by the same rules as the prompt analysis.
 */
function usable(text: string, found: RegExpExecArray): boolean {
  const end = found.index + found[0].length;
  const hit = findContacts(text.toLowerCase()).find((c) => c.start < end && found.index < c.end);
  return !hit?.rejected;
}

/**
 * The reason when every contact a message gives is a placeholder ("call +420 XXX XXX XXX or write to [SUPPORT
 * E-MAIL]", "info@example.com"): a handoff message that sends the customer to such a contact reaches no one. Undefined
 * when the message gives no contact at all, or at least one that is usable or not a placeholder.
 */
export function onlyPlaceholderContacts(text: string): string | undefined {
  const found = findContacts(text.toLowerCase());
  return found.length > 0 && found.every((c) => c.rejected && /placeholder/.test(c.rejected))
    ? found[0].rejected
    : undefined;
}

/** Endpoints and names that send a message to a person on a messaging channel (WhatsApp Cloud API, Twilio). */
export const MESSAGING_SEND = /graph\.facebook\.com\/v?[\d.]*\/?[^"'\s]*\/messages|api\.twilio\.com|whatsapp/i;

/**
 * A marker word a router compares a model's reply with (`AGENTE`, `HUMAN_HANDOFF`, `ATENCIÓN_HUMANA`: capitals,
 * digits and underscores, in any script with capitals), maybe wrapped in up to three punctuation marks on each side
 * (`[ESCALATE]`, `[[ASESOR]]`, `<<HUMANO>>`, `##OPERATOR##`), as a pattern that finds it as a whole token; undefined
 * for any other value.
 */
export function markerWord(value: string): RegExp | undefined {
  if (!/^[^\p{L}\p{N}\s]{0,3}\p{Lu}[\p{Lu}\p{N}_]{3,}[^\p{L}\p{N}\s]{0,3}$/u.test(value)) return undefined;
  return new RegExp(`(^|[^\\p{L}\\p{N}_])${value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}($|[^\\p{L}\\p{N}_])`, 'u');
}

/**
 * A prompt that hands over by writing a marker word a router of the flow tests reaches a person only through the
 * flow's own human steps: an unreachable human step is no path, and the prompt's promise alone is none either.
 */
export function markHandoffByFlow(prompts: readonly PromptUnit[], markers: readonly RegExp[]): void {
  if (!markers.length) return;
  for (const p of prompts) if (markers.some((m) => m.test(p.text.text))) p.handoffByFlow = true;
}

/** Ends of sentences: full stops, question and exclamation marks (Latin, CJK, Devanagari danda, Arabic), line breaks. */
const SENTENCE_END = /[.!?\n\u3002\uff01\uff1f\u0964\u061f]/g;

/** Index of the sentence that holds offset `at`, given the sorted offsets of sentence ends (binary search). */
function sentenceOf(ends: readonly number[], at: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The escalation signals of a prompt that reach a person by themselves: a handoff instruction said in a sentence
 * whose target is another agent of the same flow (`PromptUnit.agentRefs`: "wants a person? send them to
 * ${PLAYBOOK:Complaints}") goes to that agent, and reaches a person only if the agent does, through the flow's own
 * edges. A contact given in that sentence (a number, an address) still counts. Linear: one scan for sentence ends.
 */
export function ownEscalations(p: PromptUnit, signals: readonly Signal[]): Signal[] {
  const esc = signals.filter((s) => s.kind === 'escalation');
  if (!p.agentRefs?.length || !esc.length) return esc;
  const ends: number[] = [];
  for (const m of p.text.text.matchAll(SENTENCE_END)) ends.push(m.index);
  const toAgent = new Set(p.agentRefs.map((r) => sentenceOf(ends, r.start)));
  return esc.filter(
    (s) =>
      /[\d@]/.test(s.text) ||
      (!toAgent.has(sentenceOf(ends, s.span.start)) && !heading(p.text.text, s.span.start, s.span.end)),
  );
}

/**
 * A title line (`## Human handoff`, `**Atendimento humano**`, `Escalation:`) names the section; the instructions under
 * it say where the handoff goes, so a title alone is no path to a person when the prompt also hands over to other
 * parts of the flow. Reads only the signal's own line.
 */
function heading(text: string, start: number, end: number): boolean {
  const from = text.lastIndexOf('\n', start) + 1;
  const to = text.indexOf('\n', end);
  const line = text.slice(from, to < 0 ? text.length : to).trim();
  return /^#{1,6}\s/.test(line) || /^\*\*[^*]+\*\*:?$/.test(line) || (line.length <= 60 && /^[^.!?]+:$/.test(line));
}

/**
 * A prompt that hands over by calling a step the export has switched off (`transferir_humano`, a disabled tool or
 * sub-workflow call) reaches no one through it: the model is never given a disabled tool. Each mention of such a step is
 * a reference to another part of the flow (`agentRefs`), so a handoff said in that sentence counts only through the
 * flow's own steps, as a handoff to another agent does (a contact written in the sentence still counts). One scan of
 * the prompt per disabled name.
 */
export function disabledRefs(p: PromptUnit | undefined, names: Set<string>): void {
  if (!p || !names.size) return;
  const text = p.text.text;
  const refs: Span[] = [];
  for (const name of names) {
    if (name.length < 3) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const before = text[at - 1] ?? ' ';
      const after = text[at + name.length] ?? ' ';
      if (/[\p{L}\p{N}_]/u.test(before) || /[\p{L}\p{N}_]/u.test(after)) continue;
      refs.push({ start: at, end: at + name.length });
    }
  }
  if (refs.length) p.agentRefs = [...(p.agentRefs ?? []), ...refs];
}
