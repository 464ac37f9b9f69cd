import { emptyModel, type BotModel, type SourceRef } from '../../model/types';
import { join } from '../../model/uri';
import { nodeAt, keySpan } from '../shared/jsonSource';
import type { ProjectFile } from '../types';
import { indexExport, lookup, type Src } from './exportIndex';
import { CxGraph } from './graph';
import { openIntents } from './intents';
import { playbookNode } from './llmNodes';
import { flowNode } from './routes';

/** WhatsApp named in Latin, Arabic, Devanagari, Cyrillic, Chinese or Japanese script. */
const WHATSAPP = /whats\s?app|واتس\s?اب|वॉट्सऐप|व्हाट्सऐप|व्हाट्सएप|वॉट्सएप|ватсап|вотсап|ワッツアップ|瓦次普/i;

/** An `agent.json` with no `flows/` and no `playbooks/` beside it: nothing to judge, so say what is missing. */
function partialExport(model: BotModel, agent: Src | undefined): BotModel {
  const key = agent && (keySpan(agent.root, 'defaultLanguageCode') ?? keySpan(agent.root, 'startFlow'));
  model.notes.push({
    kind: 'incomplete',
    ref: { uri: model.uri, span: key ?? { start: 0, end: 1 } },
    detail:
      'a Dialogflow CX agent.json without its flows/ or playbooks/ folder (export the agent as a JSON package and unzip all of it), so its conversation is not judged',
  });
  return model;
}

export { DIALOGFLOW_CX_PATH, dialogflowCxFiles, dialogflowCxRoot, looksLikeDialogflowAgent } from './layout';

/** Builds the model of a CX export: start flow, pages, intents (as routers), no-match handlers, generators, playbooks, handoffs. */
export function parseDialogflowCx(rootUri: string, files: ProjectFile[]): BotModel {
  const agentUri = join(rootUri, 'agent.json');
  const model = emptyModel('dialogflow-cx', agentUri);
  model.files = files.map((f) => f.uri);
  const ix = indexExport(rootUri, files, model);
  if (!ix.flowsByName.size && !ix.playbooks.size) return partialExport(model, ix.agent);
  const g = new CxGraph(model, ix, rootUri);
  g.textChat = files.some((f) => WHATSAPP.test(f.text));
  g.followFlow = (name, useRef, from) => flowNode(g, name, useRef, from);
  const agent = ix.agent;
  const agentRef: SourceRef = agent
    ? g.refAt(agent, agent.root, 'displayName')
    : { uri: agentUri, span: { start: 0, end: 0 } };
  g.add({ id: 'user', label: 'user message', kind: 'trigger', ref: agentRef });

  // Entry: the start playbook, or the start flow (by name, else the default one, else the only one).
  const startPlaybook = agent && nodeAt(agent.root, ['startPlaybook']);
  const startFlow = agent && nodeAt(agent.root, ['startFlow']);
  if (agent && startPlaybook?.type === 'string' && startPlaybook.value)
    g.edge('user', playbookNode(g, startPlaybook.value as string, g.refAt(agent, startPlaybook)).id, 'start');
  else {
    const named = startFlow?.type === 'string' ? (startFlow.value as string) : undefined;
    const name =
      named && lookup(ix.flowsByName, named)
        ? named
        : !ix.flowsByName.has('Default Start Flow') && ix.flowsByName.size === 1
          ? [...ix.flowsByName.keys()][0]
          : 'Default Start Flow';
    flowNode(g, name, startFlow && agent ? g.refAt(agent, startFlow) : agentRef, 'user');
  }
  openIntents(model, ix.intents, lookup);
  return model;
}
