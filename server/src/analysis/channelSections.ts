/**
 * Per-channel prompts: one prompt for several channels, with a section for each ("## On the website", "## On
 * WhatsApp"). The WhatsApp section decides what the WhatsApp bot does: an opening written under the heading of
 * another channel (`channelWord`: website, widget, app, e-mail) is that channel's, when a heading of the same prompt
 * names WhatsApp (`whatsappWord`). A prompt without a WhatsApp heading is read whole, as before.
 */

import type { Context } from './context';
import type { Category } from './lexicon';
import { firstNotBefore } from './search';
import type { Signal } from './types';

const otherChannel = new WeakMap<Context, Uint8Array>();

/** Per line: 1 when it lies in a section whose heading names another channel than WhatsApp. */
export function otherChannelLines(ctx: Context): Uint8Array {
  let out = otherChannel.get(ctx);
  if (out) return out;
  const { lines, tokLine } = ctx.doc.structure;
  out = new Uint8Array(lines.length);
  otherChannel.set(ctx, out);
  const on = (c: Category): Uint8Array => {
    const mark = new Uint8Array(lines.length);
    for (const m of ctx.doc.matches[c]) if (lines[tokLine[m.from]].kind === 'heading') mark[tokLine[m.from]] = 1;
    return mark;
  };
  if (ctx.doc.matches.whatsappWord.length === 0 || ctx.doc.matches.channelWord.length === 0) return out;
  const wa = on('whatsappWord');
  const other = on('channelWord');
  if (!wa.includes(1)) return out;
  let level = 0; // level of the other channel's heading we are under, 0 = none
  for (let i = 0; i < lines.length; i++) {
    const ln = lines[i];
    if (ln.kind === 'heading' && (level === 0 || ln.level <= level)) level = other[i] && !wa[i] ? ln.level : 0;
    else if (level) out[i] = 1;
  }
  return out;
}

/**
 * Paths to a person written in the section of another channel ("## Part A: staff copilot (channel: Microsoft Teams)"
 * with the IT line, "## On the website" with the live-chat button) are that channel's: the WhatsApp customer is not
 * offered them.
 */
export function otherChannelPaths(ctx: Context, signals: Signal[]): Signal[] {
  const other = otherChannelLines(ctx);
  if (!other.includes(1)) return signals;
  // Line starts of the original text (normalisation keeps the line breaks: one structure line per text line).
  const { text } = ctx.doc;
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  if (starts.length !== other.length) return signals;
  return signals.map((s) => {
    if (s.kind !== 'escalation' || !other[firstNotBefore(starts.length, (i) => starts[i] <= s.span.start) - 1])
      return s;
    return {
      ...s,
      kind: 'no-escalation',
      note: `${s.note ?? 'handoff'}, in the section of another channel than WhatsApp`,
    };
  });
}
