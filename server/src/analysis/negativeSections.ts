/** Sections and lists introduced as forbidden or out of scope ("## Never", "Do not help with:"). */

import type { Doc } from './doc';
import type { Match } from './matcher';

/** Lines under a heading or a "Never do this:" intro that contains negation, refusal or off-topic cues. */
export function negativeLines(doc: Doc, negs: readonly Match[]): Uint8Array {
  const { lines, tokLine } = doc.structure;
  const out = new Uint8Array(lines.length);
  const cueLine = new Uint8Array(lines.length);
  // A cue in a clause before the one that introduces the list does not make it negative:
  // "What cannot be solved here, send to:" introduces where to go.
  const clauseAfter = /[,،、，;；]/;
  for (const m of [...negs, ...doc.matches.refusal]) {
    const ln = lines[tokLine[m.from]];
    const rest = doc.norm.text.slice(doc.tokens[m.to - 1].end, ln.end);
    if (!ln.colon || !clauseAfter.test(rest)) cueLine[tokLine[m.from]] = 1;
  }
  let sectionLevel = 0; // level of the negative Markdown heading we are under, 0 = none
  let listIntro = false;
  for (let i = 0; i < lines.length; i++) {
    const ln = lines[i];
    if (ln.kind === 'heading') {
      if (sectionLevel && ln.level > sectionLevel) {
        out[i] = 1;
        continue;
      }
      sectionLevel = cueLine[i] ? ln.level : 0;
      listIntro = false;
      continue;
    }
    if (ln.kind === 'blank') {
      listIntro = false;
      continue;
    }
    if (sectionLevel) out[i] = 1;
    if (ln.kind === 'list') {
      if (listIntro) out[i] = 1;
    } else listIntro = false;
    if (ln.colon && cueLine[i]) listIntro = true;
  }
  return out;
}
