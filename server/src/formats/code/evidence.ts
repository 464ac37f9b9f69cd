/** Whether a code project is a WhatsApp bot: transport evidence in code, .env examples or manifests, or the config. */
import { parse as parseYaml } from 'yaml';
import picomatch from 'picomatch';
import { join, toPath } from '../../model/uri';
import { CODE_DATA } from './data';
import { ENV_EXAMPLES, MANIFESTS } from './project';
import type { CodeProject, Module } from './project-model';
import type { Handler } from './reach';

const SPRING_SETTINGS = /\/src\/main\/resources\/application[\w-]*\.(?:ya?ml|properties)$/;

export type Evidence = { mod?: Module; index: number; id: string } | undefined;

/** The transport the project uses (code files and manifests), or undefined when it is not a WhatsApp bot. */
export function whatsappEvidence(project: CodeProject): Evidence {
  for (const mod of project.modules.values()) {
    for (const t of CODE_DATA.transports) {
      const m = t.evidence.exec(mod.text);
      if (m) return { mod, index: m.index, id: t.id };
    }
    for (const c of CODE_DATA.combined) {
      const hits = c.all.map((re) => re.exec(mod.text));
      if (hits.every(Boolean)) return { mod, index: hits[0]!.index, id: c.id };
    }
  }
  // Spring settings (`twilio.whatsapp-from: "whatsapp:+…"`) configure the transport of a Java project.
  const settings = [...project.files.keys()].filter((u) => SPRING_SETTINGS.test(u));
  for (const uri of [...ENV_EXAMPLES.map((name) => join(project.root, name)), ...settings]) {
    const text = project.files.get(uri);
    const t = text && CODE_DATA.transports.find((x) => x.evidence.test(text));
    if (t) return { index: 0, id: t.id };
  }
  for (const name of MANIFESTS) {
    const text = project.files.get(join(project.root, name));
    if (!text) continue;
    const deps =
      name === 'package.json' || name === 'composer.json'
        ? Object.keys({ ...safeJson(text).dependencies, ...safeJson(text).devDependencies, ...safeJson(text).require })
        : text.split(/\r?\n/).map((l) =>
            l
              .trim()
              .split(/[\s=<>~![;"',]/)[0]
              .toLowerCase(),
          );
    const hit = deps.find((d) => CODE_DATA.dependencies.has(d));
    if (hit) return { index: 0, id: hit };
    // A manifest that depends on Twilio and says it is for WhatsApp ("description": "Twilio WhatsApp bridge").
    const pair = CODE_DATA.combined.find((c) => c.all.every((re) => re.test(text)));
    if (pair) return { index: 0, id: pair.id };
  }
  return undefined;
}

// A template message, or the templates themselves submitted for approval (`/message_templates`).
const TEMPLATE_SEND = /['"]?type['"]?\s*[:=]\s*['"]template['"]|\/message_templates\b/;
// `text: { body }` or an interactive message (a template's `{ type: 'text', text }` parameters are not free-form).
const FREE_FORM_SEND =
  /['"]?type['"]?\s*[:=]\s*['"]interactive['"]|['"]?text['"]?\s*[:=]\s*\{\s*['"]?(?:body|preview_url)\b/;

/**
 * A project whose only WhatsApp traffic is outbound template messages (a lead alert, an order notice) and that
 * reads no WhatsApp message: a notifier, not a bot answering users. Templates are business-initiated; a bot that
 * answers sends free-form text.
 */
export function templateNotifierOnly(project: CodeProject, evidence: Evidence): boolean {
  if (evidence?.id !== 'cloud-api' && evidence?.id !== '360dialog') return false;
  const mods = [...project.modules.values()];
  return mods.some((m) => TEMPLATE_SEND.test(m.text)) && !mods.some((m) => FREE_FORM_SEND.test(m.text));
}

function safeJson(text: string): {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  require?: Record<string, string>;
} {
  try {
    return JSON.parse(text) ?? {};
  } catch {
    return {};
  }
}

/** Files the workspace config declares to be WhatsApp bots (`code: { whatsapp: [globs] }`). */
export function declaredWhatsApp(project: CodeProject): (uri: string) => boolean {
  const configUri = [...project.files.keys()].find((u) => u.endsWith('/.wa-policy.yaml'));
  if (!configUri) return () => false;
  let globs: unknown;
  try {
    globs = (parseYaml(project.files.get(configUri) ?? '') as { code?: { whatsapp?: unknown } } | null)?.code?.whatsapp;
  } catch {
    return () => false;
  }
  if (!Array.isArray(globs) || !globs.length) return () => false;
  const match = picomatch(
    globs.filter((g): g is string => typeof g === 'string'),
    { dot: true },
  );
  const base = toPath(configUri.slice(0, configUri.lastIndexOf('/'))) + '/';
  return (uri) => match(toPath(uri).replace(base, ''));
}

/** No handler found: the transport evidence (or each declared file) stands for where messages enter. */
export function syntheticHandlers(project: CodeProject, evidence: Evidence, declared: Module[]): Handler[] {
  const out: Handler[] = declared.map((mod) => ({
    mod,
    region: mod.tree.rootNode,
    start: 0,
    end: Math.max(1, mod.text.indexOf('\n')),
    label: 'WhatsApp bot file (declared in .wa-policy.yaml)',
  }));
  if (evidence?.mod) {
    const mod = evidence.mod;
    out.push({
      mod,
      region: mod.tree.rootNode,
      start: evidence.index,
      end: evidence.index + 1 + (mod.text.slice(evidence.index).search(/['"\s)]|$/) || 1),
      label: `WhatsApp transport ${evidence.id}`,
    });
  }
  void project;
  return out;
}
