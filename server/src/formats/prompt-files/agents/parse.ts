/** An agent-framework config as the one bot model: the WhatsApp-facing agents' texts are its prompt. */
import type { Node as YNode } from 'yaml';
import { emptyModel, type BotModel } from '../../../model/types';
import { sliceText } from '../../../model/text';
import { parseYaml } from '../../shared/yamlSource';
import { HUMAN_TYPE, readAgentConfig, type AgentConfig } from './read';
import { facingAgents, type Facing } from './facing';
import { joinedText } from './text';

const STYLE_TITLE: Record<AgentConfig['style'], string> = {
  crew: 'CrewAI agent',
  agents: 'agent',
  graph: 'graph node',
  app: 'assistant config',
};

function label(config: AgentConfig, facing: Facing): string {
  const list = facing.judged.map((a) => `'${a.name}'`).join(', ');
  const title = STYLE_TITLE[config.style];
  if (config.style === 'app') return 'assistant config';
  if (facing.judged.length === 1) return `prompt of the ${title} ${list}`;
  return `prompt of the ${facing.how === 'all' ? '' : 'WhatsApp-facing '}${title}s ${list}`;
}

/**
 * The prompt: each judged agent's texts, then the descriptions of the tools it may call and of the human queues
 * it hands over to (a `handoff_to_nurse` tool "the nurse on duty answers in the same chat" is a path to a person;
 * a long list of unrelated tools is breadth).
 */
function promptNodes(config: AgentConfig, facing: Facing): YNode[] {
  const nodes: YNode[] = [];
  const described = new Set<string>();
  for (const a of facing.judged) {
    nodes.push(...a.texts);
    for (const t of a.tools) {
      const d = t.description ?? config.defs.get(t.name)?.description;
      if (d && !described.has(t.name)) nodes.push(d);
      described.add(t.name);
    }
  }
  for (const h of facing.humans) {
    const d = config.defs.get(h)?.description;
    if (d && !described.has(h)) nodes.push(d);
    described.add(h);
  }
  return nodes;
}

/** The model of an agent config, or undefined when the text holds none (detect.ts asked first). */
export function parseAgentConfig(uri: string, text: string): BotModel | undefined {
  const src = parseYaml(uri, text);
  const config = readAgentConfig(src);
  if (!config) return undefined;
  const facing = facingAgents(config);
  const prompt = config.whole
    ? sliceText(uri, text, config.whole.start, config.whole.end)
    : joinedText(src, promptNodes(config, facing));
  if (!prompt) return undefined;
  const model = emptyModel('system-prompt', uri);
  model.issues.push(...src.issues);
  model.prompts.push({
    id: `agents:${facing.judged.map((a) => a.name).join(',')}`,
    label: label(config, facing),
    role: 'instructions',
    // The prompt spans several fields: findings point into each, but no quick fix rewrites them as one text.
    text: prompt,
    nested: true,
    variables: {},
    // A handoff to another agent of the file reaches a bot, not a person.
    botNames: config.agents.filter((a) => !HUMAN_TYPE.test(a.type)).map((a) => a.name),
  });
  return model;
}
