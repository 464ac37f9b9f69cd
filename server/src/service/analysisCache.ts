import { createHash } from 'node:crypto';
import { analyzePrompt } from '../analysis';
import type { PromptAnalysis } from '../analysis/types';
import type { PromptUnit } from '../model/types';

/** Analyses kept: the prompts of a large project and its open files; a scan of closed files cycles through. */
const MAX_ENTRIES = 128;

/**
 * Prompt analyses by content hash (text, variables and declared topics): a prompt that did not
 * change is never analysed again, whichever file or edit it comes from. Least recently used
 * entries are dropped past MAX_ENTRIES, so memory stays bounded on a workspace scan.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, PromptAnalysis>();
  hits = 0;
  misses = 0;

  analyze(p: PromptUnit, topics: string[]): PromptAnalysis {
    const key = createHash('sha1')
      .update(JSON.stringify(p.variables))
      .update('\u0000')
      .update(topics.join('\u0001'))
      .update('\u0000')
      .update(p.text.text)
      .digest('base64');
    const hit = this.entries.get(key);
    if (hit) {
      this.hits++;
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    this.misses++;
    const analysis = analyzePrompt(p.text.text, { variables: p.variables, declaredTopics: topics });
    this.entries.set(key, analysis);
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return analysis;
  }
}
