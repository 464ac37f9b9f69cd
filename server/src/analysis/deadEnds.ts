/**
 * Handoffs that reach nobody: a sentence whose only channel is a placeholder contact, a social
 * network ("talk to the team on our Instagram", "如需人工服务，请拨打 95XXX") or a template slot
 * whose declared value is empty or a placeholder (`{{support_phone}}` with `support_phone: ""`).
 */

import type { Context } from './context';
import { findContacts } from './contacts';
import type { Doc } from './doc';
import { ANY_SLOT, declaredValues } from './variables';
import { firstNotBefore } from './search';

/** Token index containing normalised offset `off` (or the next token). */
export function tokenAt(doc: Doc, off: number): number {
  const last = doc.tokens.length - 1;
  return Math.max(
    0,
    Math.min(
      last,
      firstNotBefore(last + 1, (i) => doc.tokens[i].end <= off),
    ),
  );
}

/** Social networks: a handoff "via our Instagram DMs" reaches no accountable person. */
const SOCIAL_WORDS = new Set([
  'instagram',
  'facebook',
  'fb',
  'ig',
  'insta',
  'tiktok',
  'twitter',
  'linkedin',
  'vk',
  'vkontakte',
  'вконтакте',
  'вк',
  'telegram',
  'телеграм',
  'messenger',
  'dm',
  'dms',
  'youtube',
  'snapchat',
  'pinterest',
  'threads',
]);
const SOCIAL_CJK = ['粉丝专页', '粉丝页', '粉丝团', '微博', '抖音', '小红书'];

/**
 * Sentences whose only channel is a placeholder contact, a social network ("talk to the team on our
 * Instagram", "如需人工服务，请拨打 95XXX") or a dead template slot: a handoff phrase there is no usable path.
 */
export function deadEndSentences(
  ctx: Context,
  tokenSentences: ReadonlySet<number>,
  slots: readonly [number, number][],
): Set<number> {
  const { doc } = ctx;
  const { sentence } = doc.structure;
  const dead = new Set<number>();
  const live = new Set<number>(tokenSentences);
  for (const c of ctx.contacts) {
    const a = tokenAt(doc, c.start);
    if (a >= doc.tokens.length) continue;
    if (!c.rejected) live.add(sentence[a]);
    else if (/placeholder|social|code repository/.test(c.rejected)) dead.add(sentence[a]);
  }
  doc.tokens.forEach((t, k) => {
    if (SOCIAL_WORDS.has(t.text)) dead.add(sentence[k]);
  });
  for (const w of SOCIAL_CJK) {
    for (let i = doc.norm.text.indexOf(w); i >= 0; i = doc.norm.text.indexOf(w, i + w.length)) {
      const a = tokenAt(doc, i);
      if (a < doc.tokens.length) dead.add(sentence[a]);
    }
  }
  for (const [off] of slots) {
    const a = tokenAt(doc, off + 2);
    if (a < doc.tokens.length) dead.add(sentence[a]);
  }
  for (const s of live) dead.delete(s);
  return dead;
}

/**
 * Template slots by what their declared value (`support_phone: ""`, `nomor_cs="08xx-xxxx-xxxx"`, or the
 * variables the format gives) can reach: `dead` when it is empty, only placeholder contacts or an undeclared contact slot (a
 * handoff through it reaches nobody until it is filled), `live` when it holds a usable contact
 * (`support_phone: "+44 …"` behind "give them {{support_phone}}"). Names are lower-cased.
 */
/** Slot names that hold a contact: `support_phone`, `whatsapp_link`, `email_cs`, `nomor_admin`, `hotline`. */
const CONTACT_SLOT =
  /phone|tel(?:e|$|_)|mobile|whats|wa_|mail|contact|kontak|contato|contacto|number|numero|número|nomor|hotline|helpline|url|link/i;

/** A value that is nothing but template slots. */
const ONLY_SLOT = /^\s*(?:\{\{[^{}]*\}\}\s*)+$/;

export function slotReach(text: string, vars?: Record<string, string>): { dead: Set<string>; live: Set<string> } {
  let declared: ReadonlyMap<string, string> | undefined;
  const dead = new Set<string>();
  const live = new Set<string>();
  for (const m of text.matchAll(ANY_SLOT)) {
    const name = (m[1] ?? m[2]).toLowerCase();
    // Declarations are read once a slot is found: most texts with a brace (JSON) hold none.
    declared ??= declaredValues(text, vars);
    const declaredValue = declared.get(name) ?? declared.get(name.split('.').pop() ?? name);
    // A value that is itself only a slot (`"agent_phone": "{{agent_phone}}"`) is still to be filled: no value.
    const value = declaredValue !== undefined && ONLY_SLOT.test(declaredValue) ? undefined : declaredValue;
    // A contact slot nobody fills in this file (`{{support_phone}}` with no value anywhere) reaches nobody yet.
    if (value === undefined) {
      if (CONTACT_SLOT.test(name)) dead.add(name);
      continue;
    }
    const contacts = findContacts(value.toLowerCase());
    if (contacts.some((c) => !c.rejected)) live.add(name);
    else if (value.trim() === '' || contacts.length > 0) dead.add(name);
  }
  return { dead, live };
}

/** Normalised ranges of the dead and live slots (`slotReach`) in the analysed (normalised, lower-cased) text. */
export function slotRanges(
  doc: Doc,
  vars?: Record<string, string>,
): { dead: [number, number][]; live: [number, number][] } {
  const out = { dead: [] as [number, number][], live: [] as [number, number][] };
  if (!doc.text.includes('{')) return out;
  const reach = slotReach(doc.text, vars);
  if (reach.dead.size + reach.live.size === 0) return out;
  for (const m of doc.norm.text.matchAll(ANY_SLOT)) {
    const name = m[1] ?? m[2];
    if (reach.dead.has(name)) out.dead.push([m.index, m.index + m[0].length]);
    else if (reach.live.has(name)) out.live.push([m.index, m.index + m[0].length]);
  }
  return out;
}
