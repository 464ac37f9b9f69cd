/** Quick fixes for code: edit the prompt literal (escaped for its quoting style), add a system message, a handoff tool. */
import type { BotModel, FlowNode, PromptUnit } from '../../model/types';
import type { Fix, FileEdit } from '../../model/fixes';
import type { ScopeTexts } from '../types';
import { literalInsertion } from './literal-escape';
import { codeLiterals } from './literals';

function literalEdit(unit: PromptUnit, lines: string[], where: 'start' | 'end'): FileEdit | undefined {
  const pieces = codeLiterals.get(unit.text)?.filter((p) => p.literal);
  const piece = where === 'start' ? pieces?.[0] : pieces?.[pieces.length - 1];
  const lit = piece?.literal;
  if (!lit) return undefined;
  // Escaped for the literal (`\n` in a quoted string, the file's line ending where the literal holds breaks raw).
  const body = where === 'start' ? `${lines.join('\n')}\n\n` : `\n\n${lines.join('\n')}`;
  const ins =
    literalInsertion(lit, body, where) ??
    literalInsertion(lit, where === 'start' ? `${lines.join(' ')} ` : ` ${lines.join(' ')}`, where);
  if (!ins) return undefined;
  return { uri: lit.uri, span: { start: ins.at, end: ins.at }, newText: ins.newText };
}

const quoteJs = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
const quotePy = (s: string) => JSON.stringify(s);

/** Fixes for an open LLM call: scope + refusal at the start of its prompt, or a system message when it has none. */
export function codeOpenFixes(node: FlowNode, model: BotModel, texts: ScopeTexts): Fix[] {
  const unit = node.prompt === undefined ? undefined : model.prompts[node.prompt];
  if (unit) {
    const edit = literalEdit(unit, [texts.scope, texts.refusal], 'start');
    return edit
      ? [
          {
            title: 'Add a business-scope statement and an off-topic refusal to the prompt',
            edits: [edit],
            preferred: true,
            l10n: { key: 'fix.codeScope' },
          },
        ]
      : [];
  }
  const insert = node.attrs?.insertSystemAt;
  if (typeof insert !== 'number') return [];
  const python = node.attrs?.python === true;
  const content = `${texts.scope} ${texts.refusal}`;
  const item =
    node.attrs?.insertAs === 'message'
      ? python
        ? `{"role": "system", "content": ${quotePy(content)}}, `
        : `{ role: 'system', content: ${quoteJs(content)} }, `
      : python
        ? `${node.attrs?.systemKey}=${quotePy(content)}, `
        : ` ${node.attrs?.systemKey}: ${quoteJs(content)},`;
  return [
    {
      title: 'Add a system prompt that limits the model to the business',
      edits: [{ uri: node.ref.uri, span: { start: insert, end: insert }, newText: item }],
      preferred: true,
      l10n: { key: 'fix.codeSystemPrompt' },
    },
  ];
}

/** A handoff for a code bot: a transfer tool definition for the SDK in use, else an escalation instruction in the prompt. */
export function codeHandoffFix(model: BotModel, escalation: string): Fix | undefined {
  const llm = model.flow?.nodes.find((n) => n.kind === 'llm');
  if (!llm) return undefined;
  const unit = llm.prompt === undefined ? undefined : model.prompts[llm.prompt];
  const at = llm.attrs?.insertToolAt;
  const sdk = llm.attrs?.sdk;
  if (typeof at === 'number' && (sdk === 'openai' || sdk === 'anthropic')) {
    const python = llm.attrs?.python === true;
    const desc =
      'Hand the conversation to a human agent when the customer asks for a person or the request is outside what you can do.';
    const tool =
      sdk === 'anthropic'
        ? { name: 'transfer_to_human', description: desc, input_schema: { type: 'object', properties: {} } }
        : {
            type: 'function',
            function: { name: 'transfer_to_human', description: desc, parameters: { type: 'object', properties: {} } },
          };
    const json = JSON.stringify([tool]);
    const newText = python ? `tools=${json}, ` : ` tools: ${json.replace(/"(\w+)":/g, '$1: ').replace(/"/g, "'")},`;
    return {
      title: 'Add a transfer_to_human tool (then pause the bot and notify staff when it is called)',
      edits: [{ uri: llm.ref.uri, span: { start: at, end: at }, newText }],
      l10n: { key: 'fix.codeHandoffTool' },
    };
  }
  if (!unit) return undefined;
  const edit = literalEdit(unit, [escalation], 'end');
  return edit
    ? { title: 'Add a human-escalation instruction to the prompt', edits: [edit], l10n: { key: 'fix.codeEscalation' } }
    : undefined;
}
