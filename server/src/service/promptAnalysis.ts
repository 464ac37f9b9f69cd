import { analyzePrompt } from '../analysis';
import { docFileCue } from '../analysis/pipelineCues';
import { outline } from '../analysis/purpose';
import type { PromptAnalysis } from '../analysis/types';
import { addressesModel } from '../formats/prompt-files/sniff';
import type { PromptUnit } from '../model/types';

/**
 * The analysis the rules and the report make of a prompt: its file path, template variables, declared topics and
 * what its format declares. For a Markdown outline in a docs folder (the only case where it decides anything,
 * analysis/purpose.ts), whether the text speaks to the model is the discovery's own test (prompt-files/sniff.ts).
 */
export function analyzeUnit(p: PromptUnit, declaredTopics: string[]): PromptAnalysis {
  const { text, uri } = p.text;
  return analyzePrompt(text, {
    variables: p.variables,
    declaredTopics,
    path: uri,
    ...(p.io ? { io: p.io } : {}),
    ...(p.botNames ? { botNames: p.botNames } : {}),
    ...(docFileCue(uri) && outline(text) ? { addressesModel: addressesModel(text) } : {}),
  });
}
