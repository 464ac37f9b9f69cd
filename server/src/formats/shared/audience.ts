// Whether an export says its chat is for the business's own staff, not for customers: a flow whose own name,
// description or tags state an internal audience ("Internal RAG over the team's runbooks; not exposed to
// customers", tag `internal`) is a tool, not a customer-facing bot — the flow rules then have no customer
// conversation to judge, as the prompt analysis does for a pipeline step.

import { buildDoc } from '../../analysis/doc';
import type { FlowGraph } from '../../model/types';
import { reachable } from './reach';

/** Statements of an internal audience, in the languages exports are written in. */
const INTERNAL = [
  // "internal tool / assistant / use / only", "for internal use", "uso interno", "usage interne", "interner Assistent"
  // Not "our internal knowledge base / docs / wiki": that names where answers come from, not who asks.
  /\binternal(?:ly)?\s+(?:only|tool|assistant|use|team|helpdesk|copilot|bot)\b(?!\s+(?:that|which|to)\s+(?:answers?|helps?|serves?)\s)/i,
  /\binternal\s+rag\b(?!\s+(?:for|over)\s+(?:our\s+)?(?:customers?|clients?|guests?|patients?|shoppers?))/i,
  /\b(?:for|only)\s+internal\s+use\b/i,
  /\buso\s+interno\b|\busage\s+interne\b|\binterne[rns]?\s+(?:gebrauch|nutzung|assistent|werkzeug|tool)\b/i,
  // "not exposed / available / meant for customers (the public, end users)"
  /\bnot\s+(?:exposed|available|shown|visible|meant|intended|offered|published)\s+(?:to|for)\s+(?:the\s+)?(?:customers?|clients?|public|end[- ]users?)\b/i,
  // "used by / for our (SRE) team, staff, employees, engineers" (not "built by the team": who made it says nothing)
  /\b(?:used\s+by|for)\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}(?:team|staff|employees|engineers|colleagues|support agents|operators)\b(?!\s+to\s+(?:reach|contact|talk))/i,
  /\b(?:staff|employees?|team)[- ]only\b|\bsolo\s+para\s+(?:empleados|el\s+equipo)\b|\bnur\s+für\s+mitarbeiter/i,
  /社内(?:向け|用|専用)|内部(?:使用|用|工具|助手)|사내\s?(?:용|전용)/,
];

/** A tag that says so by itself. */
const INTERNAL_TAG = /^(?:internal|intern[oa]?|interne|staff[- ]only|employees[- ]only|社内|内部)$/i;

/** Who a customer-facing bot talks to. */
const PUBLIC =
  '(?:customers?|clients?|guests?|patients?|shoppers?|buyers?|visitors?|the\\s+public|end[- ]users?)' +
  // "customer support agents", "client success team": staff named after whom they serve.
  '(?![- ](?:support|service|care|success|agents?|staff|team|reps?|representatives)\\b)';

/** A customer channel named next to it undoes the statement ("internal team's WhatsApp bot for customers"). */
const CUSTOMER_CHANNEL = new RegExp(
  [
    'whats ?app',
    `${PUBLIC}\\s+(?:chat|ask|write|message)`,
    `\\b(?:for|to)\\s+(?:our\\s+|the\\s+)?${PUBLIC}\\b`,
    `\\b(?:answer|help|serve|reply\\s+to|assist|support)(?:s|es|ing)?\\s+(?:our\\s+|the\\s+)?${PUBLIC}\\b`,
    // "customer-facing", "customer support bot" (not "customer support agents": staff)
    '\\b(?:customer|public|client)[- ]facing\\b|\\bcustomer[- ](?:support|service|care)\\s+(?:bot|chatbot|assistant)\\b',
    // "atiende a los clientes", "für Kunden", "pour les clients", "para clientes"
    '\\b(?:para|a|aos?|às?)\\s+(?:los\\s+|nossos\\s+|nuestros\\s+)?(?:clientes|pacientes|huéspedes|hóspedes)\\b|\\bfür\\s+(?:unsere\\s+)?(?:kunden|gäste|patienten)\\b|\\bpour\\s+(?:les\\s+|nos\\s+)?(?:clients|patients)\\b',
  ].join('|'),
  'i',
);

/**
 * The phrase of the export's own metadata that states a staff-only audience, or undefined. `texts` are the
 * export's name and description; `tags` its tags or labels.
 */
export function internalAudience(texts: (string | undefined)[], tags: string[] = []): string | undefined {
  const all = texts.filter((t): t is string => !!t);
  if (all.some((t) => CUSTOMER_CHANNEL.test(t) && !/\bnot\s+\w+\s+(?:to|for)\s+(?:the\s+)?customers?\b/i.test(t)))
    return undefined;
  for (const text of all)
    for (const re of INTERNAL) {
      const m = re.exec(text);
      if (m) return m[0].trim();
    }
  const tag = tags.find((t) => INTERNAL_TAG.test(t.trim()));
  return tag ? `tag '${tag}'` : undefined;
}

/**
 * The customer tier a branch condition admits (`slots.customer_tier = "gold"`, `{plan} == 'Premium'`, `is_vip`),
 * with `negated` when the condition admits everyone but that tier (`!=`, `not`): the steps behind the admitting branch
 * serve only that tier. The compared literals (or, with none, the tested name's words) are read with the lexicons'
 * `tierWord` list (VIP, premium, platinum, gold, corporate…); an unrelated test (`slots.priority = "high"`) is none.
 */
export function tierTested(condition: string): { tier: string; negated: boolean } | undefined {
  const literals = [...condition.matchAll(/["'\u201c\u2018]([^"'\u201d\u2019\n]{1,40})["'\u201d\u2019]/g)].map(
    (m) => m[1],
  );
  // With no literal, a boolean name (`slots.is_vip`, `isPremiumCustomer`) is the test: its words.
  const words = literals.length
    ? literals
    : [...condition.matchAll(/[\p{L}_][\p{L}\p{N}_.]*/gu)]
        .map((m) => m[0].replace(/^(?:slots?|context|vars?|variables?|Topic|Global|System)\./i, ''))
        .filter((w) => !/^(?:not|and|or|is|true|false|null|none)$/i.test(w))
        .map((w) => w.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_.]+/g, ' '));
  for (const w of words) {
    if (namesTier(w.toLowerCase())) {
      const negated = /!=|<>|\bnot\b|\bis\s+not\b|!\s*[\p{L}_]/iu.test(condition);
      return { tier: w.slice(0, 40), negated };
    }
  }
  return undefined;
}

/**
 * The word (a compared literal or a tested name's words) holds one of the lexicons' tier words. Read once per word and
 * process: the same few condition values come back on every edit of an export, and reading one builds a whole doc.
 */
const TIER_WORDS = new Map<string, boolean>();
const TIER_WORDS_MAX = 2000;

function namesTier(word: string): boolean {
  let known = TIER_WORDS.get(word);
  if (known === undefined) {
    known = buildDoc(word).matches.tierWord.length > 0;
    if (TIER_WORDS.size >= TIER_WORDS_MAX) TIER_WORDS.clear();
    TIER_WORDS.set(word, known);
  }
  return known;
}

/** An edge of a flow that only one customer tier takes: the branch of a condition that admits that tier. */
export interface TierBranch {
  from: string;
  to: string;
  tier: string;
}

/**
 * A person reached only through branches that admit one customer tier (`member_tier == "platinum"`) is there for that
 * tier, not for every customer: such human steps become replies for the tier. A human step any other branch reaches
 * stays a path. The adapters give the branches (the edges of conditions `tierTested` reads); the graph decides.
 */
export function reserveTierBranches(flow: FlowGraph, branches: TierBranch[]): void {
  if (!branches.length || !flow.nodes.some((n) => n.kind === 'human')) return;
  const tierEdge = (e: { from: string; to: string }) => branches.some((b) => b.from === e.from && b.to === e.to);
  const open = reachable(flow, (e) => !tierEdge(e));
  const byId = new Map(flow.nodes.map((n) => [n.id, n]));
  for (const b of branches) {
    for (const id of reachable(flow, () => true, [b.to])) {
      const n = byId.get(id);
      if (!n || n.kind !== 'human' || open.has(id)) continue;
      n.kind = 'reply';
      n.label += ` (only for the '${b.tier}' tier)`;
    }
  }
}
