import { fixTexts } from '../../analysis';
import type { PromptAnalysis } from '../../analysis/types';
import { adapterOf } from '../../formats';
import { ownEscalations } from '../../formats/shared/handoff';
import type { BotModel, FlowNode, PromptUnit } from '../../model/types';
import { reachFromTriggers } from '../graph';
import { isFlow, type Fix, type Rule, type RuleContext } from '../types';

export default {
  id: 'flow/no-human-path',
  clause: 'WA-HUMAN-ESCALATION',
  defaultLevel: 'warning',
  summary:
    'No path in the flow reaches a person: no transfer step, no handoff action, and no prompt that gives a human contact.',
  appliesTo: isFlow,
  check(ctx) {
    const flow = ctx.model.flow;
    if (!flow) return;
    const reach = reachFromTriggers(flow);
    const reached = flow.nodes.filter((n) => reach.reached.has(n.id));
    if (reached.some((n) => n.kind === 'human')) return;
    const prompts = reached
      .filter((n) => n.kind === 'llm' && n.prompt !== undefined)
      .map((n) => ctx.model.prompts[n.prompt!]);
    // A prompt whose handoff is a marker the flow tests counts only through the flow's human steps (checked above).
    // A handoff to another agent of the flow counts through that agent's own steps (reached above or not at all).
    if (prompts.some((p) => !p.implicit && !p.handoffByFlow && escalates(p, ctx.analyze(p)))) return;
    // No user-message trigger (a scheduled job, a form): no conversation, so no one to hand over.
    const trigger = reached.find((n) => n.kind === 'trigger');
    if (!trigger) return;
    const fix = handoffFix(ctx, ctx.model, reached);
    ctx.report({
      ref: trigger.ref,
      message: `No path from '${trigger.label}' reaches a human agent. WhatsApp requires a clear escalation path to a person whenever automation answers.`,
      why: 'Customers who need a person cannot get one: no step transfers the chat, notifies staff or gives a real contact.',
      signals: [
        `nodes reachable from the trigger: ${reached.length}`,
        'human handoff nodes: none',
        `prompts with a human contact: none of ${prompts.length}`,
      ],
      howToFix: 'Add a handoff step (transfer to an agent inbox, notify staff) and tell the bot when to use it.',
      fixes: fix ? [fix] : [],
      l10n: { key: 'none', args: { trigger: trigger.label } },
    });
  },
} satisfies Rule;

function handoffFix(ctx: RuleContext, model: BotModel, reached: FlowNode[]): Fix | undefined {
  const lang = model.prompts.map((p) => ctx.analyze(p).languages[0]).find(Boolean) ?? 'en';
  return adapterOf(model)?.fixes?.addHumanPath?.(model, ctx, reached, fixTexts(lang).escalation);
}

/** The prompt gives a path to a person by its own words, not only by handing over to another agent of the flow. */
function escalates(p: PromptUnit, a: PromptAnalysis): boolean {
  return a.hasEscalation && (!p.agentRefs?.length || ownEscalations(p, a.signals).length > 0);
}
