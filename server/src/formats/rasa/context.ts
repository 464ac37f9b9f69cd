import type { Node as YNode } from 'yaml';
import type { BotModel, FlowNode, SourceRef } from '../../model/types';
import type { YamlSource } from '../shared/yamlSource';
import type { CustomAction } from './actions';

export interface Ctx {
  model: BotModel;
  files: Map<string, YamlSource>;
  responses: Map<string, { node: YNode | undefined; src: YamlSource; key?: SourceRef }>;
  nodes: Map<string, FlowNode>;
  /** Custom actions of the project's Python files, by action name. */
  actions: Map<string, CustomAction>;
  /** Prompt templates named by the config (`prompt_template`), by URI. */
  templates: Map<string, string>;
  /** Actions Rasa runs on a message it does not understand (`action_default_fallback`, `core_fallback_action_name`). */
  fallbackActions: Set<string>;
}

export type Add = (n: FlowNode) => FlowNode;
export type Edge = (from: string, to: string, label?: string) => void;
