/** Dev-harness extraction of prompt texts from the eval corpus formats (not the product's parsers). */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';

export interface Label {
  path: string;
  format: string;
  language: string;
  category: string;
  open_domain: boolean;
  human_handoff: boolean;
}

export interface PromptCase {
  label: Label;
  texts: { text: string; variables?: Record<string, string> }[];
}

export const EVAL_DIR = path.resolve(__dirname, '../../../../../shared/eval');
export const EVAL_DIR_FROM_ROOT = path.resolve(process.cwd(), '../shared/eval');

export function evalDir(): string | undefined {
  for (const d of [EVAL_DIR_FROM_ROOT, EVAL_DIR]) if (fs.existsSync(path.join(d, 'labels.yaml'))) return d;
  return undefined;
}

function splitFrontMatter(src: string): { fm: string; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(src);
  return m ? { fm: m[1], body: src.slice(m[0].length) } : { fm: '', body: src };
}

function flatDefaults(obj: unknown, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  if (obj && typeof obj === 'object') {
    for (const [k, v] of Object.entries(obj)) {
      if (typeof v === 'string') out[prefix + k] = v;
      else Object.assign(out, flatDefaults(v, `${prefix}${k}.`));
    }
  }
  return out;
}

function extract(dir: string, label: Label): PromptCase['texts'] {
  const file = path.join(dir, label.path);
  switch (label.format) {
    case 'system-prompt':
      return [{ text: splitFrontMatter(fs.readFileSync(file, 'utf8')).body }];
    case 'prompty':
      return [{ text: splitFrontMatter(fs.readFileSync(file, 'utf8')).body }];
    case 'dotprompt': {
      const { fm, body } = splitFrontMatter(fs.readFileSync(file, 'utf8'));
      const meta = (parse(fm) ?? {}) as { input?: { default?: unknown } };
      return [{ text: body, variables: flatDefaults(meta.input?.default) }];
    }
    case 'prompt.yml': {
      const doc = parse(fs.readFileSync(file, 'utf8')) as { messages?: { role: string; content: string }[] };
      return (doc.messages ?? []).filter((m) => m.role === 'system').map((m) => ({ text: m.content }));
    }
    case 'n8n': {
      const wf = JSON.parse(fs.readFileSync(file, 'utf8')) as {
        nodes: { type: string; parameters?: { options?: { systemMessage?: string } } }[];
      };
      return wf.nodes
        .filter((n) => n.type === '@n8n/n8n-nodes-langchain.agent')
        .map((n) => n.parameters?.options?.systemMessage ?? '')
        .filter((t) => t.length > 0)
        .map((t) => ({ text: t.replace(/^=/, '') }));
    }
    default:
      return [];
  }
}

export function loadCases(dir: string): PromptCase[] {
  const labels = parse(fs.readFileSync(path.join(dir, 'labels.yaml'), 'utf8')) as Label[];
  return labels.map((label) => ({ label, texts: extract(dir, label) })).filter((c) => c.texts.length > 0);
}
