/**
 * Which agents of an agent-framework config talk to the WhatsApp customer, and so are what the rules judge:
 * 1. those the file ties to WhatsApp: a channel or audience that names it, a WhatsApp channel's entry, or the
 *    agent's own name or role (`whatsapp_consultant`, "WhatsApp Concierge");
 * 2. otherwise the entry the file names (`entry_agent`, `entry`);
 * 3. otherwise, when none can be told, all of them.
 * From there the conversation moves on through routers (their routes) and through `handoffs` to other agents (in
 * the OpenAI Agents SDK a handoff gives the chat to the other agent); CrewAI delegation does not move it (a
 * coworker's answer returns to the delegator). Routers are followed but not judged: they classify, never answer.
 * An agent the file sends to WhatsApp is judged; one that only serves staff (another channel) is not.
 */
import type { AgentConfig, AgentEntry } from './read';
import { HUMAN_TYPE } from './read';
import { scalarTextOf } from './text';

const WHATSAPP = /whats\s?app/i;
/** In a name or a channel value, `wa` alone is WhatsApp too (`pasien_wa`, `wa-bot`); never in prose. */
const WHATSAPP_NAME = /whats\s?app|(?:^|[\s_-])wa(?:[\s_-]|$)/i;
const ROUTER = /router|classifier|classify|dispatch|triage_router|switch/i;

export interface Facing {
  /** Agents judged, in file order. */
  judged: AgentEntry[];
  /** Names of handoff targets and tools that are people (a human queue, a node of a human type). */
  humans: string[];
  /** How they were chosen, for the prompt's label. */
  how: 'whatsapp' | 'entry' | 'all';
}

/** The file ties the agent to WhatsApp by its structure: a WhatsApp channel's entry, its channel, its name. */
function wiredToWhatsApp(a: AgentEntry, config: AgentConfig): boolean {
  if (config.whatsappEntry.includes(a.name)) return true;
  return a.channel ? WHATSAPP_NAME.test(a.channel) : WHATSAPP_NAME.test(a.name);
}

/** Only its text says WhatsApp: a CrewAI role or an opening line ("You are the WhatsApp assistant of …"). */
function saysWhatsApp(a: AgentEntry): boolean {
  const first = a.texts[0] && scalarTextOf(a.texts[0]).slice(0, 200);
  return !!first && WHATSAPP.test(first);
}

/** An agent the file gives another channel or audience (Slack, Teams, staff): never reached from WhatsApp. */
const elsewhere = (a: AgentEntry): boolean => !!a.channel && !WHATSAPP_NAME.test(a.channel);

export function facingAgents(config: AgentConfig): Facing {
  const byName = new Map(config.agents.map((a) => [a.name, a]));
  const isHuman = (name: string): boolean => {
    const a = byName.get(name);
    if (a) return HUMAN_TYPE.test(a.type);
    return config.defs.get(name)?.human ?? HUMAN_TYPE.test(name);
  };
  let how: Facing['how'] = 'whatsapp';
  let start = config.agents.filter((a) => wiredToWhatsApp(a, config));
  if (!start.length) start = config.agents.filter((a) => !elsewhere(a) && saysWhatsApp(a));
  if (!start.length) {
    how = 'entry';
    start = config.entry.flatMap((n) => byName.get(n) ?? []);
  }
  if (!start.length) {
    how = 'all';
    start = config.agents;
  }
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length) {
    const a = queue.shift() as AgentEntry;
    if (seen.has(a.name)) continue;
    seen.add(a.name);
    const next = [...a.routes, ...(config.style === 'crew' ? [] : a.handoffs)];
    for (const n of next) {
      const b = byName.get(n);
      if (b && !isHuman(n) && !elsewhere(b) && !seen.has(n)) queue.push(b);
    }
  }
  const judged = config.agents.filter(
    (a) => seen.has(a.name) && a.texts.length > 0 && !HUMAN_TYPE.test(a.type) && !ROUTER.test(a.type),
  );
  const humans = [
    ...new Set(
      judged.flatMap((a) => [...a.handoffs, ...a.tools.map((t) => t.name), ...a.routes]).filter((n) => isHuman(n)),
    ),
  ];
  return { judged: judged.length ? judged : start.filter((a) => a.texts.length > 0), humans, how };
}
