/**
 * A prompt that hands over through a marker word the code tests: the model is told to write `[HANDOFF]` and the
 * handler checks `reply.includes('[HANDOFF]')`, or the prompt tells users to type AGENT and the handler compares
 * their text with "agent". As in flows (`markHandoffByFlow`), the prompt's promise of a person then holds only
 * through what the code does there: its human nodes (a stub that only logs, or a branch that never runs, is none).
 * A prompt that also gives a contact of its own (a phone, an e-mail) keeps that path whatever the code does.
 * Only a test the code can be seen to let down counts: one that never runs (after a `return`, behind a switch that is
 * off) or whose branch calls a stub of the project (a function that only logs). A branch calling code that does
 * something the model does not know as a human step (a message to a staff number) leaves the prompt's word standing.
 */
import type { PromptUnit } from '../../model/types';
import { markerWord, markHandoffByFlow, ownContact } from '../shared/handoff';
import type { Node } from './parser';
import type { CodeProject } from './project-model';
import { handoffReached, stubNamed } from './handoff-reach';
import { calleeText, isCall } from './syntax';

/** Capital words of a prompt, maybe wrapped in punctuation (`[HANDOFF]`, `AGENT`, `<<HUMANO>>`). */
const CAPITALS = /(?<![\p{L}\p{N}_])\p{Lu}[\p{Lu}\p{N}_]{3,}(?![\p{L}\p{N}_])/gu;
/** Calls that test a text for a word (`includes`, `startsWith`, `strings.EqualFold`, `in?`, `str_contains`). */
const TEST_CALL =
  /(?:^|\.|->|::)(?:includes|startsWith|startswith|endsWith|endswith|contains|Contains|HasPrefix|HasSuffix|EqualFold|equals|equalsIgnoreCase|contentEquals|match|matches|test|search|indexOf|index|find|include\?|start_with\?|end_with\?|casecmp\?|str_contains|str_starts_with|stripos|strpos|preg_match|in_array)$/;
const COMPARISON = /^(?:binary_expression|comparison_operator|binary|in_expression)$/;
const CASE_TYPES = /^(?:expression_case|switch_case|case_clause|case_statement|when|switch_label)$/;
const CONDITION_OF =
  /^(?:if_statement|if|elif_clause|while_statement|conditional_expression|ternary_expression|unless)$/;

/** Marks the prompts whose capital marker words the project's code tests as a literal. */
export function markCodeMarkers(project: CodeProject, prompts: readonly PromptUnit[]): void {
  const words = new Set<string>();
  for (const p of prompts) for (const m of p.text.text.matchAll(CAPITALS)) if (words.size < 40) words.add(m[0]);
  const markers: RegExp[] = [];
  for (const word of words) {
    const marker = markerWord(word);
    if (marker && testedInCode(project, word)) markers.push(marker);
  }
  markHandoffByFlow(
    prompts.filter((p) => !ownContact(p.text.text)),
    markers,
  );
}

/** A string literal of the code holds the word (any case, maybe wrapped in punctuation) where a test reads it. */
function testedInCode(project: CodeProject, word: string): boolean {
  const re = new RegExp(`["'\`][^\\p{L}\\p{N}\\s"'\`]{0,3}${word}[^\\p{L}\\p{N}\\s"'\`]{0,3}["'\`]`, 'giu');
  for (const mod of project.modules.values()) {
    if (!mod.text.toLowerCase().includes(word.toLowerCase())) continue;
    re.lastIndex = 0;
    for (let m = re.exec(mod.text), i = 0; m && i < 20; m = re.exec(mod.text), i++) {
      const node = mod.tree.rootNode.descendantForIndex(m.index + 1);
      const test = node && tested(node);
      if (test && (!handoffReached(project, mod, m.index, m[0].length) || stubBranch(project, test))) return true;
    }
  }
  return false;
}

/**
 * The conditional (an `if`, a `case`) in which the literal is compared with, searched in, or switched on (within a
 * few levels of the expression around it), or undefined.
 */
function tested(node: Node): Node | undefined {
  let p: Node | null = node;
  let test = false;
  for (let i = 0; p && i < 5; i++, p = p.parent) {
    const parent: Node | null = p.parent;
    if (!parent || /statement$|^(?:block|body_statement|program|module|source_file)$/.test(p.type)) break;
    if (COMPARISON.test(parent.type) && /==|!=|\bin\b|\beq\?/.test(parent.text.slice(0, 400))) test = true;
    else if (CASE_TYPES.test(parent.type)) return parent;
    else if (CONDITION_OF.test(parent.type) && parent.childForFieldName('condition')?.equals(p)) return parent;
    else if (/^(?:arguments|argument_list)$/.test(parent.type) && parent.parent && isCall(parent.parent))
      if (TEST_CALL.test(calleeText(parent.parent))) test = true;
  }
  if (!test) return undefined;
  // The conditional whose condition holds the test (`if (reply.includes('[X]'))`, `if strings.EqualFold(b, "x")`).
  for (let q: Node | null = node, i = 0; q && i < 8; q = q.parent, i++)
    if (q.parent && CONDITION_OF.test(q.parent.type) && q.parent.childForFieldName('condition')?.equals(q))
      return q.parent;
  return node;
}

/** The branch the test guards calls a function of the project that only logs (a stub left for later). */
function stubBranch(project: CodeProject, test: Node): boolean {
  const branch = test.childForFieldName('consequence') ?? (CASE_TYPES.test(test.type) ? test : undefined) ?? undefined;
  if (!branch) return false;
  for (const call of branch.descendantsOfType([
    'call_expression',
    'call',
    'method_invocation',
    'function_call_expression',
  ])) {
    const name = call && /([A-Za-z_$][\w$]*)$/.exec(calleeText(call))?.[1];
    if (name && name.length > 3 && stubNamed(project, name)) return true;
  }
  return false;
}
