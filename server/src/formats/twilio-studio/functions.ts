// The Twilio Functions of a Serverless project beside a Studio flow (`functions/**/*.js`, `*.protected.js`,
// `*.private.js`), read through the code reader: which one calls an LLM, with which system prompt. A `run-function`
// widget names its function by URL (`https://<service>.twil.io/<path>`); the path is the file's path under
// `functions/` without the extension and the `.protected` / `.private` suffix (Twilio Serverless Toolkit layout).
import type { MappedText, ParseIssue } from '../../model/types';
import type { Host } from '../../model/host';
import { dirOf, join } from '../../model/uri';
import { codeParsersReady, codeParsersWanted } from '../code/parser';
import { piecesText } from '../code/prompt-node';
import { CodeProject } from '../code/project-model';
import { llmCalls } from '../code/sites';
import { unparsedIssues } from '../code/unparsed';
import type { ProjectFile } from '../types';
import { HELPDESK } from '../shared/handoff';
import { FUNCTION_FILE } from './functionOwner';

export interface TwilioFunction {
  uri: string;
  /** The URL path Twilio serves it at (`/faq`, `/api/ask`). */
  path: string;
  callsLlm: boolean;
  /** The system message it sends, when the code reader resolves it. */
  system?: MappedText;
  /** The `event.<key>` parameter its system message is read from (a widget parameter), when that is where it comes from. */
  systemParam?: string;
  /** A helpdesk or agent-inbox URL its code calls (a ticket for a staffed queue, an assignment to an agent). */
  helpdesk?: string;
}

/** URLs written in code, template-literal parts included (`https://${context.SUBDOMAIN}.zendesk.com/api/v2/tickets`). */
const URL_IN_CODE = /https?:\/\/[^\s'"`)]+/g;

/** The first URL in a function's code that reaches a helpdesk or an agent inbox. */
function helpdeskUrl(code: string): string | undefined {
  for (const m of code.matchAll(URL_IN_CODE)) if (HELPDESK.test(m[0])) return m[0];
  return undefined;
}

/** Folders above the flow's own that may hold the Serverless project (`studio/flow.json`, `flows/x/flow.json`). */
const LEVELS_UP = 2;
const MAX_FUNCTIONS = 200;

/** The function files of the Serverless project a flow sits in (none when there is no `functions/` folder). */
export function functionFiles(flowUri: string, host: Host): string[] {
  let dir = dirOf(flowUri);
  // The workspace folders that hold the flow: the climb never leaves them (a workspace opened on a Serverless
  // project's `studio/` folder does not read the project's functions outside it).
  const roots = (host.workspaceFolders?.() ?? []).map((r) => r.replace(/\/+$/, '')).filter((r) => isUnder(r, flowUri));
  for (let level = 0; level <= LEVELS_UP; level++) {
    // Above the flow's own folder only a Serverless project's root counts (its package.json or
    // .twilioserverlessrc), and the climb ends there: no folder outside the project is listed.
    const root = ['package.json', '.twilioserverlessrc'].some((f) => host.readFile(join(dir, f)) !== undefined);
    if (level === 0 || root) {
      const found = host
        .listFiles(join(dir, 'functions'), MAX_FUNCTIONS)
        .filter((u) => FUNCTION_FILE.test(u) && !/\/node_modules\//.test(u));
      if (found.length || root) return found;
    }
    const up = dirOf(dir);
    // `file:///tmp` → `file://` is no folder: the top of the file system.
    if (up === dir || /:\/*$/.test(up)) break;
    if (roots.length && !roots.some((r) => up === r || isUnder(r, up))) break;
    dir = up;
  }
  return [];
}

/**
 * The functions among a project's files; reading them needs the code parsers (asked for on demand). A function
 * that is mostly syntax errors is not read: its finding is on the flow (`flow`), which is the file of this format.
 */
export function readFunctions(
  flow: string,
  files: ProjectFile[],
): { functions: TwilioFunction[]; issues: ParseIssue[] } {
  const code = files.filter((f) => FUNCTION_FILE.test(f.uri));
  if (!code.length) return { functions: [], issues: [] };
  if (!codeParsersReady()) {
    // The language server loads the parsers on demand and checks the flow again once they are there.
    codeParsersWanted();
    return { functions: [], issues: [] };
  }
  const root = commonRoot(code.map((f) => f.uri));
  const texts = new Map(code.map((f) => [f.uri, f.text]));
  const project = new CodeProject(root, texts);
  const out: TwilioFunction[] = [];
  for (const mod of project.modules.values()) {
    const calls = llmCalls(project, mod);
    const fn: TwilioFunction = {
      uri: mod.uri,
      path: '/' + FUNCTION_FILE.exec(mod.uri)![1],
      callsLlm: calls.length > 0,
    };
    const helpdesk = calls.length ? undefined : helpdeskUrl(texts.get(mod.uri) ?? '');
    if (helpdesk) fn.helpdesk = helpdesk;
    for (const c of calls) {
      if (c.system === 'none') continue;
      if ('pieces' in c.system && c.system.pieces.length) {
        fn.system = piecesText(c.system.pieces);
        break;
      }
      const param = 'unknown' in c.system ? /`event(?:\.(\w+)|\[['"](\w+)['"]\])/.exec(c.system.unknown) : null;
      if (param) fn.systemParam ??= param[1] ?? param[2];
    }
    out.push(fn);
  }
  const name = (uri: string) => decodeURIComponent(uri.slice(uri.lastIndexOf('/functions/') + 1));
  return { functions: out, issues: unparsedIssues(project, { uri: flow, name }) };
}

/** The function a `run-function` widget runs: by its URL's path, else the only one that calls an LLM. */
export function functionOfWidget(fns: TwilioFunction[], url: string | undefined): TwilioFunction | undefined {
  const path = url ? /^(?:https?:\/\/[^/]+)?(\/[^?#]*)/.exec(url.trim())?.[1] : undefined;
  const byPath = path ? fns.find((f) => f.path === decodeURIComponent(path).replace(/\/$/, '')) : undefined;
  if (byPath) return byPath;
  const llm = fns.filter((f) => f.callsLlm);
  return llm.length === 1 ? llm[0] : undefined;
}

/** Whether `uri` lies below the folder `root` (both URIs). */
function isUnder(root: string, uri: string): boolean {
  return uri.startsWith(`${root}/`);
}

function commonRoot(uris: string[]): string {
  const first = uris[0];
  return first.slice(0, first.lastIndexOf('/functions/'));
}
