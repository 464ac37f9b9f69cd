import type { BotModel, FlowNode, FormatKind } from '../model/types';
import type { Fix, FixContext } from '../model/fixes';
import type { Host } from '../model/host';
import type { YamlSource } from './shared/yamlSource';

/** One file of a multi-file project, with its current text. */
export interface ProjectFile {
  uri: string;
  text: string;
}

/** A file as detection sees it. Name tests come first; `text()` reads the file only when called. */
export interface DetectFile {
  uri: string;
  /** Path with forward slashes, relative to the config's folder when there is one. */
  relPath: string;
  /** Absolute path with forward slashes. */
  absPath: string;
  /** File name. */
  base: string;
  /** The file's text (first call reads it). */
  text(): string;
  /** The first 200 000 characters of the text, for content sniffing. */
  head(): string;
  host: Host;
  /** Extra prompt globs of the config (`include`). */
  include: string[];
  /** True when the relative or absolute path matches one of the globs. */
  matches(globs: string[]): boolean;
}

/**
 * What an adapter says about a file: `true` = this format; `false` = not this format (nothing to
 * say); a string = not this format, but close enough that the user should hear why (shown by
 * `--explain-skips` and for files named on the command line).
 */
export type DetectResult = boolean | string;

/** How to write a comment at a line of a file, for `wa-policy-disable…` suppressions. */
export interface CommentStyle {
  open: string;
  close: string;
}

/** A format whose model spans several files (Rasa, Dialogflow CX, Copilot Studio). */
export interface ProjectAdapter {
  /** The project root folder of a file, or undefined when the file is not part of such a project. */
  root(uri: string, host: Host): string | undefined;
  /** Every file of the project (URIs), the file itself included. */
  files(root: string, host: Host): string[];
  parse(root: string, files: ProjectFile[], parseYaml?: (uri: string, text: string) => YamlSource): BotModel;
  /**
   * True when a file that another format would read alone is a part of this project (a prompt template its config
   * names): detection asks this before every adapter's `detect`. Test the file name before reading anything.
   */
  claims?(uri: string, host: Host): boolean;
  /** Reads a project file that is not a file on disk (an entry of an archive); undefined = read it from the host. */
  read?(uri: string, host: Host): string | undefined;
}

/** Sentences a fix may add to a prompt, in the prompt's language. */
export interface ScopeTexts {
  scope: string;
  refusal: string;
}

/** Format-specific quick fixes. They read typed data the parser put on the model, never encoded strings. */
export interface FormatFixes {
  /**
   * Fixes that limit an open LLM or search node (turn a setting off, send it to a fixed reply).
   * `texts` = a scope statement and an off-topic refusal in the language of the node's prompt.
   */
  closeOpenNode?(node: FlowNode, model: BotModel, ctx: FixContext, texts: ScopeTexts): Fix[];
  /** A fix that adds a path to a person. `instruction` is the escalation sentence in the bot's language. */
  addHumanPath?(model: BotModel, ctx: FixContext, reached: FlowNode[], instruction: string): Fix | undefined;
}

/**
 * Everything about one format, in `server/src/formats/<kind>/index.ts`. Add a format: a folder with
 * its adapter and one line in `formats/index.ts` (see CONTRIBUTING "Add a format").
 */
export interface FormatAdapter {
  kind: FormatKind;
  /** Human name for messages and the README ("Dialogflow CX export"). */
  title: string;
  /** Globs the editor activates on (`workspaceContains:` in package.json; a test keeps them in sync). */
  activation: string[];
  /** Is this file of this format? Name tests first; read the text only when the name is not decisive. */
  detect(file: DetectFile): DetectResult;
  /**
   * A content test asked only after every adapter's `detect` said no (a YAML or JSON file with a prompt-like key):
   * costly tests of generic files never run on files a format already claims (a Rasa `flows.yml` on each edit).
   */
  detectLast?(file: DetectFile): DetectResult;
  /**
   * An export a code project may keep as test data (`tests/data/flow.json` beside `package.json`): a file `detect`
   * takes is skipped with the reason when it sits there (shared/testData.ts).
   */
  testData?: boolean;
  /** Single-file formats: the file's model. */
  parse?(uri: string, text: string): BotModel;
  /** Multi-file formats. */
  project?: ProjectAdapter;
  /** Comment syntax at a line, or undefined when the format has none (JSON): suppressions then go to the config. */
  commentStyle?(uri: string, text: string, line: number): CommentStyle | undefined;
  /** YAML formats: a `disable-next-line` comment inside a block scalar must go above its key. */
  yamlScalars?: boolean;
  /** File names this format reads as archives it unpacks in memory (binary files, not refused for NUL bytes). */
  archive?: RegExp;
  fixes?: FormatFixes;
}

export const HASH_COMMENT: CommentStyle = { open: '# ', close: '' };
