import type { FlowNode } from '../../model/types';
import type { Fix, RuleContext } from '../types';
import { copilotOpenFixes } from './copilotFixes';
import { dialogflowGenerativeFallbackFixes } from './dialogflowFixes';
import { rasaOpenFixes } from './rasaFixes';
import { codeOpenFixes } from '../../formats/code';

/** Format-specific fixes that close an open LLM or search node (the edit keeps the file valid for its tool). */
export function openNodeFixes(ctx: RuleContext, node: FlowNode): Fix[] {
  switch (ctx.model.kind) {
    case 'copilot-studio':
      return copilotOpenFixes(ctx, node);
    case 'dialogflow-cx':
      return dialogflowGenerativeFallbackFixes(ctx, node);
    case 'rasa':
      return rasaOpenFixes(ctx, node);
    case 'code':
      return codeOpenFixes(ctx, node);
    default:
      return [];
  }
}
