// The tool sub-nodes of an AI Agent: their descriptions are sent to the model with its system message, so a tool
// described as "answer anything the customer asks" widens the agent as much as the system message would.
import type { BotModel, FlowNode, MappedText } from '../../model/types';
import { nodeAt, scalarText, seqItems, strAt, type JNode, type JsonSource } from '../shared/jsonSource';

/** Tools that search or read the open web. */
const WEB_TOOL = /\.tool(Wikipedia|SerpApi|SearXng|WolframAlpha|BraveSearch|Tavily|Perplexity)|perplexity|tavily/i;

/**
 * Adds each agent's tools (`ai_tool` connections, read into `edges` as agent → tool) to its node, and the tools'
 * descriptions to the end of its prompt text. A finding inside a description points at it; the end of the text
 * (where fixes append) stays the end of the system message.
 */
export function addAgentTools(
  model: BotModel,
  src: JsonSource,
  wf: JNode | undefined,
  nodes: FlowNode[],
  edges: { from: string; to: string; label?: string }[],
  prefix: string,
): void {
  const raw = new Map(seqItems(nodeAt(wf, ['nodes'])).map((n) => [prefix + (strAt(n, ['name']) ?? ''), n]));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const toolsOf = new Map<string, string[]>();
  for (const e of edges)
    if (e.label === 'ai_tool' && byId.has(e.to))
      (toolsOf.get(e.from) ?? toolsOf.set(e.from, []).get(e.from)!).push(e.to);
  for (const [agentId, toolIds] of toolsOf) {
    const agent = byId.get(agentId);
    if (agent?.kind !== 'llm') continue;
    const parts: { head: string; text: MappedText }[] = [];
    agent.tools = toolIds.map((id) => {
      const tool = byId.get(id)!;
      const n = raw.get(id);
      const name = strAt(n, ['parameters', 'name']) ?? tool.label;
      const described = nodeAt(n, ['parameters', 'toolDescription']) ?? nodeAt(n, ['parameters', 'description']);
      const text = described?.type === 'string' ? scalarText(src, described) : undefined;
      if (text?.text.trim() && !text.text.startsWith('=')) parts.push({ head: `Tool '${name}': `, text });
      return { name, ref: tool.ref, web: WEB_TOOL.test(String(tool.attrs?.type ?? '')) };
    });
    const unit = agent.prompt === undefined ? undefined : model.prompts[agent.prompt];
    if (unit && parts.length) model.prompts[agent.prompt!] = { ...unit, text: appended(unit.text, parts) };
  }
}

/** `base` followed by each part on its own paragraph, mapped back to where each piece is in the source. */
function appended(base: MappedText, parts: { head: string; text: MappedText }[]): MappedText {
  let text = base.text;
  const pieces: { start: number; text: MappedText }[] = [];
  for (const p of parts) {
    text += `\n\n${p.head}`;
    pieces.push({ start: text.length, text: p.text });
    text += p.text.text;
  }
  const end = base.text.length;
  return {
    ...base,
    text,
    toSource(i: number): number {
      if (i <= end || i >= text.length) return base.toSource(Math.min(i, end));
      let piece = pieces[0];
      for (const p of pieces) if (p.start <= i) piece = p;
      return piece.text.toSource(Math.max(0, i - piece.start));
    },
  };
}
