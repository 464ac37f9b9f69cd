/**
 * The one bot model every format adapter produces and every rule reads.
 * Positions are UTF-16 offsets into the text of the file named by `uri`.
 */

export interface Span {
  start: number;
  end: number;
}

/** A place in one file of the workspace. */
export interface SourceRef {
  uri: string;
  span: Span;
}

/** Detected format of a file (a file of no format is not linted: `kind` is undefined). */
export type FormatKind =
  | 'system-prompt'
  | 'prompt-yml'
  | 'prompty'
  | 'dotprompt'
  | 'n8n'
  | 'rasa'
  | 'dialogflow-cx'
  | 'twilio-studio'
  | 'copilot-studio'
  | 'typebot'
  | 'flowise'
  | 'dify'
  | 'langflow'
  | 'voiceflow'
  | 'code'
  | 'wa-policy-config';

/**
 * Text decoded from a source (a JSON string, a YAML block scalar, a Markdown body)
 * with a map back to source offsets, so findings inside it squiggle the right place.
 */
export interface MappedText {
  uri: string;
  text: string;
  /** How the text is stored in the source, so edits can be encoded: as-is, inside a JSON string, or a YAML scalar. */
  encoding?: 'raw' | 'json-string' | 'yaml-scalar';
  /** Source offset of `text[i]`; `i === text.length` maps to the end of the source value. */
  toSource(i: number): number;
}

/** A prompt the bot sends to a model: a system prompt file, an agent's system message, a rephrase prompt. */
export interface PromptUnit {
  id: string;
  /** Where it came from, for messages: "system prompt", "AI Agent node 'Support'", "rephrase_prompt of utter_x". */
  label: string;
  role: 'system' | 'instructions' | 'template';
  text: MappedText;
  /** Template variables with their default values (Dotprompt input.default, Prompty sample). */
  variables: Record<string, string>;
  /** True when the prompt is not in the files (a default the platform supplies). */
  implicit?: boolean;
  /** True for a prompt file linked to a flow through the config: findings stay on the flow's node. */
  external?: boolean;
  /** True when the text is nested inside another encoded value (a JSON body in a JSON string): no text edits. */
  nested?: boolean;
  /**
   * True when the prompt hands a chat over by writing a marker that the flow tests (an IF on 'HUMAN_HANDOFF'): its
   * promise of a person holds only through the flow's own human steps.
   */
  handoffByFlow?: boolean;
  /** What the file declares about the prompt's input and output (prompt-file formats). */
  io?: PromptIO;
  /** Names of the bots a handoff in this prompt may reach (the other agents of an agent config): no person. */
  botNames?: string[];
  /**
   * Where the text names another agent of the same flow as the target of a step (Dialogflow CX `${PLAYBOOK:Billing}`):
   * offsets in `text.text`. A handoff said in the same sentence goes to that agent, whose own steps the flow's edges
   * follow; the sentence alone is no path to a person.
   */
  agentRefs?: Span[];
}

/**
 * The input and output a prompt file declares around its instructions, read by the format adapter: who fills the
 * user turn and what the model must return. A pipeline step's user turn is data a program fills (`Produkt:
 * {{produkt}}`) and its output a machine format; a chat bot's user turn is the customer's message.
 */
export interface PromptIO {
  /** The declared output format (`output.format: json`, `responseFormat: json_schema`), lower case. */
  output?: string;
  /** The fields of the declared output schema (`output.schema`, Prompty `outputs`), names only. */
  fields?: string[];
  /** The user turn holds only template slots (each alone or after a label): how many; absent when it holds text or none. */
  userSlots?: number;
}

export type FlowNodeKind =
  | 'trigger' // a user message enters here
  | 'llm' // free-form generation from a prompt
  | 'human' // hands the conversation to a person
  | 'reply' // sends a fixed message
  | 'router' // branches on the message (intent, condition)
  | 'search' // retrieval-augmented answer over documents
  | 'webhook' // external code we cannot see (may hide an LLM)
  | 'action'
  | 'other';

export interface FlowNode {
  id: string;
  label: string;
  kind: FlowNodeKind;
  ref: SourceRef;
  /** For `llm` nodes: index into BotModel.prompts, or undefined when the node has no prompt at all. */
  prompt?: number;
  /** Role on the path from the user: `fallback` = what the bot does with a message it does not understand. */
  role?: 'primary' | 'fallback' | 'chitchat';
  /** For `search` nodes: whether answers are restricted to relevant documents. */
  relevancyCheck?: boolean;
  /** Extra facts adapters attach for rules (e.g. Rasa action name). */
  attrs?: Record<string, string | boolean | number>;
  /** Why nothing limits this LLM when it has no prompt (a platform setting), for messages. */
  openReason?: string;
  /** Boolean settings (their `true` literal) that open this node; turning each off limits it. Fix data. */
  openSettings?: OpenSetting[];
  /** For `llm` nodes: the tools the model may call (`web`: searches or reads the open web), shown with a finding. */
  tools?: { name: string; ref: SourceRef; web?: boolean }[];
}

/** A setting that opens a node to general answers, with the place of its `true` value. */
export interface OpenSetting {
  key: string;
  /** The span of the `true` literal (YAML scalar or JSON). */
  ref: SourceRef;
  /** Fix title, e.g. "Turn off web browsing (webBrowsing: false)". */
  title: string;
  /** Catalog key and arguments of the title, for other locales. */
  l10n?: import('./messageRef').MessageRef;
}

export interface FlowEdge {
  from: string;
  to: string;
  label?: string;
}

export interface FlowGraph {
  nodes: FlowNode[];
  edges: FlowEdge[];
}

export interface ModelRef {
  provider: string; // normalised: openai | azure-openai | anthropic | google | ollama | mistral | other
  model?: string;
  ref: SourceRef;
}

/** A problem found while reading the input itself (broken YAML, binary file...). */
export interface ParseIssue {
  /** The rule that reports it: `input/unreadable` when absent (`input/limits`, `input/duplicate-key`, `internal/error`). */
  rule?: string;
  message: string;
  ref: SourceRef;
  severity: 'error' | 'warning' | 'info';
}

/** Something the analysis cannot see (an LLM behind a webhook) or a hint for rules. */
export interface ModelNote {
  kind: string;
  ref: SourceRef;
  detail?: string;
}

export interface BotModel {
  kind: FormatKind;
  /** The file (or, for a project, the main file) the model was built from. */
  uri: string;
  /** Every file that contributed; a change to one re-checks the model. */
  files: string[];
  prompts: PromptUnit[];
  flow?: FlowGraph;
  models: ModelRef[];
  /** Where the bot is reached on WhatsApp, if the files say so. */
  whatsapp?: SourceRef;
  /** Places where conversations are stored or exported for model training. */
  trainingSinks: ModelNote[];
  notes: ModelNote[];
  issues: ParseIssue[];
}

export function emptyModel(kind: FormatKind, uri: string): BotModel {
  return { kind, uri, files: [uri], prompts: [], models: [], trainingSinks: [], notes: [], issues: [] };
}
