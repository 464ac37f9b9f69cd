import type { BotModel, FormatKind } from '../model/types';
import type { Host } from '../service/host';
import type { YamlSource } from './yamlSource';
import { dirOf, join } from '../model/uri';
import { parseN8n } from './n8n';
import { parseTwilioStudio } from './twilioStudio';
import { parseTypebot } from './typebot';
import { parseFlowise } from './flowise';
import { parseDotprompt, parsePrompty, parsePromptYml, parseSystemPrompt } from './promptFiles';
import { looksLikeRasaYaml, parseRasaProject, RASA_ROOT_FILES, type ProjectFile } from './rasa';
import { dialogflowCxFiles, dialogflowCxRoot, parseDialogflowCx } from './dialogflowCx';
import { copilotFiles, copilotRoot, parseCopilotProject } from './copilotStudio';
import { codeProject } from '../formats/code';

/** A format whose model spans several files (Rasa, Dialogflow CX, Copilot Studio). */
export interface ProjectAdapter {
  /** The project root folder of a file, or undefined when the file is not part of such a project. */
  root(uri: string, host: Host): string | undefined;
  /** Every file of the project (URIs), the file itself included. */
  files(root: string, host: Host): string[];
  parse(root: string, files: ProjectFile[], parseYaml?: (uri: string, text: string) => YamlSource): BotModel;
}

export interface FormatAdapter {
  kind: FormatKind;
  parse?(uri: string, text: string): BotModel;
  project?: ProjectAdapter;
}

const rasaProject: ProjectAdapter = {
  root(uri, host) {
    let dir = dirOf(uri);
    for (let depth = 0; depth < 4; depth++) {
      for (const name of RASA_ROOT_FILES) {
        const text = host.readFile(join(dir, name));
        if (text !== undefined && looksLikeRasaYaml(text)) return dir;
      }
      const up = dirOf(dir);
      if (up === dir || !up.includes('/')) break;
      dir = up;
    }
    return undefined;
  },
  files(root, host) {
    const top = ['config.yml', 'config.yaml', 'domain.yml', 'domain.yaml', 'endpoints.yml', 'endpoints.yaml', 'credentials.yml', 'credentials.yaml'].map((n) => join(root, n)).filter((u) => host.readFile(u) !== undefined);
    const nested = ['data', 'domain'].flatMap((d) => host.listFiles(join(root, d), 2000)).filter((u) => /\.ya?ml$/i.test(u));
    return [...top, ...nested];
  },
  parse: parseRasaProject,
};

export const ADAPTERS: Record<string, FormatAdapter> = {
  'system-prompt': { kind: 'system-prompt', parse: parseSystemPrompt },
  'prompt-yml': { kind: 'prompt-yml', parse: parsePromptYml },
  prompty: { kind: 'prompty', parse: parsePrompty },
  dotprompt: { kind: 'dotprompt', parse: parseDotprompt },
  n8n: { kind: 'n8n', parse: parseN8n },
  'twilio-studio': { kind: 'twilio-studio', parse: parseTwilioStudio },
  typebot: { kind: 'typebot', parse: parseTypebot },
  flowise: { kind: 'flowise', parse: parseFlowise },
  rasa: { kind: 'rasa', project: rasaProject },
  'dialogflow-cx': { kind: 'dialogflow-cx', project: { root: dialogflowCxRoot, files: dialogflowCxFiles, parse: parseDialogflowCx } },
  'copilot-studio': { kind: 'copilot-studio', project: { root: copilotRoot, files: copilotFiles, parse: parseCopilotProject } },
  code: { kind: 'code', project: codeProject },
};
