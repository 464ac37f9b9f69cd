import type { BotModel, FormatKind } from '../model/types';
import type { DetectFile, FormatAdapter } from './types';
import { testDataReason } from './shared/testData';
import { dotprompt, prompty, promptYml, systemPrompt } from './prompt-files';
import { copilotStudio } from './copilot-studio';
import { dialogflowCx } from './dialogflow-cx';
import { n8n } from './n8n';
import { twilioStudio } from './twilio-studio';
import { typebot } from './typebot';
import { flowise } from './flowise';
import { rasa } from './rasa';
import { dify } from './dify';
import { langflow } from './langflow';
import { voiceflow } from './voiceflow';
import { code } from './code';

export type { CommentStyle, DetectFile, FormatAdapter, ProjectAdapter, ProjectFile } from './types';

/**
 * Every format, in the order detection asks them (name tests before content tests; the first
 * adapter that says yes wins). Adding a format = its folder + one line here.
 */
export const FORMATS: readonly FormatAdapter[] = [
  promptYml,
  prompty,
  dotprompt,
  systemPrompt,
  copilotStudio,
  dialogflowCx,
  n8n,
  twilioStudio,
  typebot,
  langflow,
  voiceflow,
  flowise,
  dify,
  rasa,
  code,
];

const BY_KIND = new Map<FormatKind, FormatAdapter>(FORMATS.map((f) => [f.kind, f]));

/** The adapter of a format (undefined for the config file, which is not a bot format). */
export function adapterFor(kind: FormatKind): FormatAdapter | undefined {
  return BY_KIND.get(kind);
}

/** The adapter of the format a model was read from. */
export function adapterOf(model: BotModel): FormatAdapter | undefined {
  return BY_KIND.get(model.kind);
}

export interface Detection {
  kind?: FormatKind;
  /** Why the file is not a bot file, when an adapter recognised something in it. */
  reason?: string;
}

/**
 * Asks every adapter in order (`detect`, then `detectLast`); the first yes wins, otherwise the first "not quite"
 * reason is kept.
 */
export function detectWithAdapters(file: DetectFile): Detection {
  let reason: string | undefined;
  for (const f of FORMATS) if (f.project?.claims?.(file.uri, file.host)) return { kind: f.kind };
  for (const f of FORMATS) {
    const r = f.detect(file);
    const skip = r === true && f.testData ? testDataReason(file) : undefined;
    if (skip) reason ??= `${f.title}: ${skip}`;
    else if (r === true) return { kind: f.kind };
    if (typeof r === 'string') reason ??= `${f.title}: ${r}`;
  }
  for (const f of FORMATS) {
    const r = f.detectLast?.(file);
    if (r === true) return { kind: f.kind };
    if (typeof r === 'string') reason ??= `${f.title}: ${r}`;
  }
  return { reason };
}
