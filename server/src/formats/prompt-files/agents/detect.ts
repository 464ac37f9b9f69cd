/**
 * Recognition of agent-framework configs, by name and content: the path must name agents or a graph
 * (`crew/config/agents.yaml`, `agents/x/agents.json`, `graphs/x/graph.yaml`, `langgraph.assistant.yaml`), and the
 * content must hold agents of one of the shapes read.ts knows, at least one with a prompt. Any other YAML with a
 * `role:` key (Kubernetes RBAC, CI jobs, compose services, translations, API schemas) is not an agent.
 */
import type { DetectFile } from '../../types';
import { docPathReason } from '../names';
import { SNIFF_MAX_CHARS } from '../sniff';
import { parseYaml } from '../../shared/yamlSource';
import { readAgentConfig } from './read';

/** Only the file's name and its last two folders count. */
const NAME = /agent|crew|graph|assistant|bot|swarm/i;
/** Keys of the shapes, for a cheap test before parsing. */
const SHAPE_KEYS =
  /(?:^|["'\s{,])(?:role|goal|backstory|instructions|nodes|agents|allowed_?topics|fallback\w*|out_?of_?scope|escalation)["']?[ \t]*:/m;

export function namedAsAgents(relPath: string): boolean {
  return relPath
    .split('/')
    .slice(-3)
    .some((s) => NAME.test(s));
}

/** true = an agent config; a string = named as one, but why not; false = not named as one. */
export function detectAgentConfig(f: DetectFile): boolean | string {
  if (!/\.(ya?ml|json)$/i.test(f.base) || !namedAsAgents(f.relPath)) return false;
  if (docPathReason(f.relPath) || f.text().length > SNIFF_MAX_CHARS || !SHAPE_KEYS.test(f.head())) return false;
  const config = readAgentConfig(parseYaml(f.uri, f.text()));
  if (!config)
    return (
      'named like an agent config, but it holds no agents (CrewAI role/goal/backstory, `agents` with instructions, ' +
      'graph `nodes` with a prompt of 40 characters or more, or an assistant with a model or channel and two keys ' +
      'of behaviour such as allowed_topics and fallback_policy)'
    );
  return true;
}
