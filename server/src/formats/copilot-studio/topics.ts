import type { Node as YNode } from 'yaml';
import type { SourceRef } from '../../model/types';
import { nodeAt, refOf, scalarText, seqItems, str } from '../shared/yamlSource';
import { generative } from './generative';
import { add, edge, type Ctx, type Topic } from './graph';
import { topicKey } from './layout';
import { onlyPlaceholderContacts } from '../shared/handoff';
import { analyzePrompt } from '../../analysis';

/** Topics every agent ships with: they do not make the bot a business flow. */
const SYSTEM_TOPIC =
  /^(greeting|goodbye|thank ?you|start ?over|reset ?conversation|end ?of ?conversation|multiple ?topics ?matched|conversation ?start|on ?error|sign ?in|search|lesson.*)$/i;
/** The default Escalate topic says escalation is not configured. */
const NOT_CONFIGURED = /not (currently )?(configured|available|set up)|no (live )?agents? (is |are )?available/i;

/**
 * A message that says no person can be reached ("the transfer to an advisor is not configured yet"), in any
 * language the analysis reads, and that gives no contact either.
 */
function saysNoHuman(text: string): boolean {
  if (NOT_CONFIGURED.test(text)) return true;
  const a = analyzePrompt(text);
  return !a.hasEscalation && a.signals.some((s) => s.kind === 'no-escalation');
}

/** Each topic as a node (a router when an intent triggers it) with the nodes of its actions. */
export function addTopics(ctx: Ctx): void {
  for (const [key, t] of ctx.topics) {
    const on = str(nodeAt(t.dialog, ['kind'])) ?? '';
    const ref = refOf(t.src, nodeAt(t.dialog, ['kind']) ?? t.dialog);
    const id = `topic:${key}`;
    const label = `topic '${t.name}' (${on || 'no trigger'})`;
    if (on === 'OnRecognizedIntent') {
      const role = SYSTEM_TOPIC.test(t.name) ? 'chitchat' : undefined;
      add(ctx, { id, label, kind: 'router', ref, role, attrs: { trigger: on } });
      const query = seqItems(nodeAt(t.dialog, ['intent', 'triggerQueries']))
        .map(str)
        .find(Boolean);
      edge(ctx, 'user', id, query ?? 'intent');
    } else if (on === 'OnToolSelected') {
      childAgent(ctx, id, t, ref);
    } else {
      const role = on === 'OnUnknownIntent' ? 'fallback' : undefined;
      add(ctx, { id, label, kind: 'other', ref, role, attrs: { trigger: on, uri: t.src.uri } });
      if (/^On(UnknownIntent|Escalate|ConversationStart|Activity|Message)$/.test(on)) edge(ctx, 'user', id, on);
    }
    walk(ctx, key, t, seqItems(nodeAt(t.dialog, ['actions'])), new Set());
  }
}

/**
 * A child agent (`kind: AgentDialog`, `beginDialog.kind: OnToolSelected`): a model the orchestrator calls
 * with `settings.instructions` as its instructions; without its own instructions it answers under the agent's.
 */
function childAgent(ctx: Ctx, id: string, t: Topic, ref: SourceRef): void {
  const text = scalarText(t.src, nodeAt(t.src, ['settings', 'instructions']));
  let prompt = ctx.instructions;
  if (text?.text.trim()) {
    ctx.model.prompts.push({
      id: `${id}:instructions`,
      label: `instructions of child agent '${t.name}'`,
      role: 'instructions',
      text: { ...text, encoding: 'yaml-scalar' },
      variables: {},
    });
    prompt = ctx.model.prompts.length - 1;
  }
  add(ctx, { id, label: `child agent '${t.name}'`, kind: 'llm', ref, prompt, attrs: { trigger: 'OnToolSelected' } });
  edge(ctx, ctx.byId.has('orchestrator') ? 'orchestrator' : 'user', id, 'tool');
}

/**
 * The actions of a topic, depth first through conditions, else branches and nested actions. A YAML alias
 * can put one action list in many places: each list is walked once (`seen`), so the walk stays linear.
 */
function walk(ctx: Ctx, key: string, t: Topic, actions: YNode[], seen: Set<YNode>): void {
  const topicId = `topic:${key}`;
  const role = ctx.byId.get(topicId)?.role;
  for (const a of actions) {
    if (seen.has(a)) continue;
    seen.add(a);
    const kind = str(nodeAt(a, ['kind'])) ?? '';
    const ref = refOf(t.src, nodeAt(a, ['kind']) ?? a);
    const id = `${key}/${str(nodeAt(a, ['id'])) ?? `${kind}@${ref.span.start}`}`;
    const aid = str(nodeAt(a, ['id'])) ?? kind;
    if (kind === 'SearchAndSummarizeContent' || kind === 'AnswerQuestionWithAI') {
      const what = kind === 'AnswerQuestionWithAI' ? 'AI answer' : 'generative answers';
      const n = generative(ctx, { id, label: `${what} '${aid}' in topic '${t.name}'`, ref, role }, t.src, a);
      edge(ctx, topicId, n.id);
    } else if (
      kind === 'TransferConversationV2' ||
      kind === 'TransferConversation' ||
      str(nodeAt(a, ['transferType', 'kind'])) === 'TransferToAgent'
    ) {
      add(ctx, { id, label: `transfer to agent '${aid}'`, kind: 'human', ref, role, attrs: { action: kind } });
      edge(ctx, topicId, id);
    } else if (kind === 'SendActivity') {
      const activity = nodeAt(a, ['activity']);
      const text =
        str(activity) ??
        seqItems(nodeAt(activity, ['text']))
          .map(str)
          .join(' ');
      // An escalation message that only gives a placeholder contact ("call +420 XXX XXX XXX") reaches no one.
      const outcome = str(nodeAt(a, ['conversationOutcome'])) === 'Escalated' && !saysNoHuman(text);
      const placeholder = outcome ? onlyPlaceholderContacts(text) : undefined;
      const escalated = outcome && !placeholder;
      const label = `${escalated ? 'escalation message' : 'message'} '${aid}'${placeholder ? ` (gives only a ${placeholder})` : ''}`;
      add(ctx, { id, label, kind: escalated ? 'human' : 'reply', ref, role, attrs: { action: kind } });
      edge(ctx, topicId, id);
    } else if (kind === 'BeginDialog') {
      const target = str(nodeAt(a, ['dialog']));
      if (target) edge(ctx, topicId, `topic:${topicKey(target)}`, 'BeginDialog');
    }
    for (const c of seqItems(nodeAt(a, ['conditions']))) walk(ctx, key, t, seqItems(nodeAt(c, ['actions'])), seen);
    walk(ctx, key, t, seqItems(nodeAt(a, ['elseActions'])), seen);
    walk(ctx, key, t, seqItems(nodeAt(a, ['actions'])), seen);
  }
}
