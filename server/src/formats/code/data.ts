/** The code recognisers' data (WhatsApp transports, LLM SDKs, handoff markers), compiled once. */
import { parse } from 'yaml';
import transportsYaml from './data/transports.yaml';
import llmsYaml from './data/llms.yaml';
import handoffYaml from './data/handoff.yaml';

/** `(?i)` at the start of a pattern means case-insensitive (the data files are not JavaScript). */
export function compile(pattern: string, flags = ''): RegExp {
  const insensitive = pattern.startsWith('(?i)');
  return new RegExp(insensitive ? pattern.slice(4) : pattern, flags + (insensitive ? 'i' : ''));
}

export interface Transport {
  id: string;
  kind: 'cloud-api' | 'bsp' | 'unofficial';
  evidence: RegExp;
}

export interface HandlerPattern {
  pattern: RegExp;
  region: 'call' | 'function' | 'decorated';
}

export interface LlmSite {
  id: string;
  sdk: string;
  call: RegExp;
  imports?: RegExp;
  needsAny?: string[];
  maxArgs?: number;
  arg0?: 'list';
  system: string[];
  user: string[];
  messages?: string;
  hidden: string[];
  siblingSystem?: RegExp;
  receiver?: RegExp;
}

/** A declarative AI service: calls of the methods of an interface given to `factory` (LangChain4j `AiServices`). */
export interface AiService {
  id: string;
  sdk: string;
  factory: RegExp;
  annotation: string;
  provider?: string;
}

function load() {
  const t = parse(transportsYaml);
  const l = parse(llmsYaml);
  const h = parse(handoffYaml);
  const markers = [...t.markers, ...l.markers].map((m: string) => m.toLowerCase());
  return {
    /** One regex over the lower-cased text: a file without any marker is not looked at further. */
    marker: new RegExp(markers.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i'),
    transports: t.transports.map((x: { id: string; kind: Transport['kind']; evidence: string }) => ({
      id: x.id,
      kind: x.kind,
      evidence: compile(x.evidence, 'm'),
    })) as Transport[],
    combined: (t.combined ?? []).map((x: { id: string; kind: Transport['kind']; all: string[] }) => ({
      id: x.id,
      kind: x.kind,
      all: x.all.map((r) => compile(r)),
    })) as { id: string; kind: Transport['kind']; all: RegExp[] }[],
    dependencies: new Set<string>(t.dependencies),
    handlers: t.handlers.map((x: { pattern: string; region: HandlerPattern['region'] }) => ({
      pattern: compile(x.pattern, 'g'),
      region: x.region,
    })) as HandlerPattern[],
    sites: l.sites.map((s: Record<string, unknown>) => ({
      ...s,
      call: compile(s.call as string),
      imports: s.imports ? compile(s.imports as string) : undefined,
      siblingSystem: s.siblingSystem ? compile(s.siblingSystem as string) : undefined,
      receiver: s.receiver ? compile(s.receiver as string) : undefined,
      system: (s.system as string[]) ?? [],
      user: (s.user as string[]) ?? [],
      hidden: (s.hidden as string[]) ?? [],
    })) as LlmSite[],
    services: ((l.services ?? []) as (Omit<AiService, 'factory'> & { factory: string })[]).map((s) => ({
      ...s,
      factory: compile(s.factory),
    })) as AiService[],
    /** Every word of the call patterns: a call whose name is not one of them is no LLM call (cheap filter). */
    callWords: new Set<string>(l.sites.flatMap((s: { call: string }) => s.call.match(/[A-Za-z_]{3,}/g) ?? [])),
    hosts: compile(l.hosts, 'g'),
    basePaths: compile(l.basePaths, 'g'),
    baseHosts: compile(l.baseHosts),
    httpSystem: l.httpSystem as string[],
    httpUser: l.httpUser as string[],
    instructionOpening: compile(l.instructionOpenings),
    helpdesk: compile(h.helpdesk, 'g'),
    handoffTool: compile(h.tools, 'g'),
    staff: staffPattern(h.staff, h.sendVerbs ?? [], h.staffWords ?? []),
    personWords: new RegExp(
      `(?<![\\p{L}\\p{M}])(?:${(h.personWords as string[]).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`,
      'iu',
    ),
    /** A send-like function name (`sendText`, `enviarMensagem`, `kirimPesan`, `send_message`). */
    sendVerb: new RegExp(`^(?:${sendVerbs(h).join('|')})|(?<=[a-z0-9_])(?:${sendVerbs(h).map(cap).join('|')})`),
  };
}

const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
const sendVerbs = (h: { sendVerbs?: string[] }) => h.sendVerbs ?? ['send'];

/**
 * The data's staff pattern, or a send-like call whose first argument names a staff role. A verb starts a word
 * part: lower case at the start of a name (`sendText`, `enviar_texto`), capitalised inside one (`kirimPesan`).
 * The call name is matched from the verb on (no lazy prefix), which keeps the scan linear on large files.
 */
function staffPattern(base: string, verbs: string[], words: string[]): RegExp {
  if (!verbs.length || !words.length) return compile(base, 'g');
  // A role in the plural names the same staff (`MANAGERS_CHAT`, `adminsGroup`, `ASESORES_JID`).
  const role = words.flatMap((w) => [
    `${w.toUpperCase()}(?:E?S)?(?![A-Za-z])`,
    `${w}(?:e?s)?(?![a-z])`,
    `${cap(w)}(?:e?s)?(?![a-z])`,
  ]);
  const verb = `(?:(?<![A-Za-z0-9$])(?:${verbs.join('|')})|(?:${verbs.map(cap).join('|')}))`;
  const recipient = `(?:[\\w$]+\\s*=\\s*)?[\`'"]?(?:\\$\\{)?(?:[\\w$]+(?:\\?\\.|\\.|\\[\\s*['"]))*(?:[\\w$]*[_.]|[a-z][A-Za-z0-9]*(?=[A-Z]))?`;
  const send = `${verb}[\\w$]*\\s*\\(\\s*(?:await\\s+)?${recipient}`;
  return new RegExp(`${compile(base).source}|${send}(?:${role.join('|')})`, 'g');
}

type CodeData = ReturnType<typeof load>;
let loaded: CodeData | undefined;
/** Parsed and compiled on first use: a process that checks no code file (a CLI run answered from its cache) never pays for it. */
export const CODE_DATA: CodeData = new Proxy({} as CodeData, {
  get: (_, key) => Reflect.get((loaded ??= load()), key),
});
