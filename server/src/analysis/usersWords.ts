/** Words for the bot's users in each language (the lexicons' `userRole`), matched whole or inflected. */

import { lexicons } from './lexicon';
import { normalizeEntry } from './normalize';

/** Letters an inflection may add to a users' word ("usuário" → "usuários", "müştəri" → "müştərilərə"). */
const INFLECTION = 5;
/** Shortest users' word read as a stem: shorter ones ("q", "gast") are read whole. */
const MIN_STEM = 5;

/** One-word users' words of each language (`userRole`), normalised. */
const USER_STEMS = new Map<string, string[]>(
  lexicons.map((l) => [
    l.lang,
    (l.entries.userRole ?? []).flatMap(({ pattern }) =>
      pattern
        .split('|')
        .filter((w) => !/[+*. ]/.test(w))
        .map((w) => normalizeEntry(w)),
    ),
  ]),
);

/** Token text `w` is a users' word of one of `langs`, whole or inflected. */
export function usersWord(w: string, langs: readonly string[]): boolean {
  for (const lang of langs)
    for (const u of USER_STEMS.get(lang) ?? [])
      if (w === u || (u.length >= MIN_STEM && w.startsWith(u) && w.length - u.length <= INFLECTION)) return true;
  return false;
}
