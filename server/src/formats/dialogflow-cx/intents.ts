import type { BotModel, FlowNode, SourceRef } from '../../model/types';

/** Training phrases that ask for general knowledge or creative work, not for the business. */
const GENERAL_REQUEST = [
  /\b(write|compose|make)( me)? (a|an|some) (poem|story|essay|song|joke|haiku|limerick|code|program|script|letter)\b/i,
  /\bwhat(?:'s| is) the capital of\b/i,
  /\b(tell me|give me) (a|an) (joke|fun fact|riddle|story)\b/i,
  /\b(who (was|is|won)|when (was|did)) (the )?(president|king|queen|world cup|war|inventor)\b/i,
  /\b(translate|summari[sz]e|explain) (this|that|an?|the) (text|sentence|article|paragraph|theory|concept)\b/i,
  /\b(solve|help me with) (this|my|an?) (equation|math|homework|assignment|riddle)\b/i,
  /\b(recipe for|how do i cook|ask you anything|any question|general knowledge)\b/i,
  /\b(escr[ií]beme|escribe) un (poema|cuento|ensayo)\b|\bcapital de\b/i,
];

/**
 * An intent whose training phrases are general requests ("write me a poem") and that leads to an LLM
 * opens the bot to general use: that LLM is a primary function, whatever its place in the flow.
 */
export function openIntents(
  model: BotModel,
  intents: Map<string, { phrases: { text: string; ref: SourceRef }[] }>,
  lookup: <T>(m: Map<string, T>, n: string | undefined) => T | undefined,
): void {
  const flow = model.flow!;
  const byId = new Map(flow.nodes.map((n) => [n.id, n]));
  const out = new Map<string, string[]>();
  for (const e of flow.edges) (out.get(e.from) ?? out.set(e.from, []).get(e.from)!).push(e.to);
  for (const n of flow.nodes) {
    const name = n.attrs?.intent;
    if (typeof name !== 'string') continue;
    const general = (lookup(intents, name)?.phrases ?? []).filter((p) => GENERAL_REQUEST.some((re) => re.test(p.text)));
    if (!general.length) continue;
    // LLMs the intent's route reaches directly or through the page it opens.
    const llms = new Set<FlowNode>();
    let frontier = [n.id];
    for (let depth = 0; depth < 3 && frontier.length; depth++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const to of out.get(id) ?? []) {
          const t = byId.get(to);
          if (!t) continue;
          if (t.kind === 'llm') llms.add(t);
          else if (t.kind !== 'router' && t.kind !== 'human') next.push(to);
        }
      }
      frontier = next;
    }
    for (const llm of llms) {
      llm.role = 'primary';
      model.notes.push({
        kind: 'general-intent',
        ref: n.ref,
        detail: `intent '${name}' sends general requests (${general
          .slice(0, 3)
          .map((p) => `"${p.text}"`)
          .join(', ')}) to ${llm.label}`,
      });
    }
  }
}
