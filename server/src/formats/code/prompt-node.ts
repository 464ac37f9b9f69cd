/** The prompt of an LLM node (resolved text mapped back to its literals) and where fixes can insert text. */
import type { BotModel, FlowNode, MappedText } from '../../model/types';
import { toPath } from '../../model/uri';
import { codeLiterals } from './literals';
import { markedFile } from './project';
import type { CodeProject } from './project-model';
import type { Piece } from './resolve';
import type { LlmCall } from './sites';

const SYSTEM_KEY: Record<string, string> = {
  anthropic: 'system',
  'vercel-ai': 'system',
  'openai-responses': 'instructions',
  agents: 'instructions',
  'semantic-kernel': 'instructions',
  ollama: 'system',
};

/** Where fixes can insert a system message, a system argument or a tools argument (same file only). */
export function fixAnchors(c: LlmCall): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = { python: c.mod.python };
  // Go and PHP calls get no inserted message or argument (the fix texts are written in JS and Python syntax).
  if (c.mod.lang === 'go' || c.mod.lang === 'php') return out;
  const own = (n: LlmCall['messagesList']) => n && c.mod.text.slice(n.startIndex, n.endIndex) === n.text;
  const argsList = c.call.childForFieldName('arguments');
  const argsAt = c.mod.python
    ? argsList
      ? argsList.startIndex + 1
      : undefined
    : own(c.argsObject)
      ? c.argsObject!.startIndex + 1
      : undefined;
  if (c.system === 'none') {
    if (own(c.messagesList) && c.messagesList!.text.length > 2)
      Object.assign(out, { insertSystemAt: c.messagesList!.startIndex + 1, insertAs: 'message' });
    else if (argsAt !== undefined && SYSTEM_KEY[c.sdk])
      Object.assign(out, { insertSystemAt: argsAt, insertAs: 'argument', systemKey: SYSTEM_KEY[c.sdk] });
  }
  if (argsAt !== undefined && !/\btools\b/.test(argsList?.text ?? '')) out.insertToolAt = argsAt;
  return out;
}

export function addPrompt(project: CodeProject, model: BotModel, node: FlowNode, c: LlmCall): void {
  if (c.system === 'none') return;
  if ('unknown' in c.system) {
    node.attrs = { ...node.attrs, unknown: c.system.unknown };
    return;
  }
  const text = piecesText(c.system.pieces);
  const main = mainPiece(c.system.pieces);
  model.prompts.push({
    id: `code:${node.id}`,
    label: `${c.inUserTurn ? 'instructions in the user turn' : 'system prompt'} of ${node.label}`,
    role: c.inUserTurn ? 'template' : 'system',
    text,
    variables: {},
    // A prompt in a file that is not linted on its own (constants module, .txt, .env.example) is reported on the call.
    external: !(project.modules.has(main.uri) && markedFile(toPath(main.uri), project.files.get(main.uri) ?? '')),
  });
  node.prompt = model.prompts.length - 1;
}

/** The longest literal piece: the text's file, where offsets of pieces from other files point. */
const mainPiece = (pieces: Piece[]) =>
  pieces.reduce(
    (best, p) => (p.literal && p.text.length > (best?.text.length ?? -1) ? p : best),
    undefined as Piece | undefined,
  ) ?? pieces[0];

/** Resolved pieces as one prompt text, mapped back to the literals of its main file. */
export function piecesText(pieces: Piece[]): MappedText {
  const main = mainPiece(pieces);
  const text: MappedText = {
    uri: main.uri,
    text: pieces.map((p) => p.text).join(''),
    toSource: (i) => offsetAt(pieces, main, i),
  };
  codeLiterals.set(text, pieces);
  return text;
}

function offsetAt(pieces: Piece[], main: Piece, i: number): number {
  let pos = 0;
  for (const p of pieces) {
    if (i < pos + p.text.length) return p.uri === main.uri ? p.offsets[i - pos] : (main.offsets[0] ?? 0);
    pos += p.text.length;
  }
  const last = [...pieces].reverse().find((p) => p.uri === main.uri) ?? main;
  return (last.offsets[last.offsets.length - 1] ?? 0) + 1;
}
