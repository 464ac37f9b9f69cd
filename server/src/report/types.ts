import type { Config } from '../model/config';
import type { BotModel, FormatKind } from '../model/types';
import type { Finding } from '../service/findings';

/** A `wa-policy-disable…` comment or a config `suppressions:` entry that applies to a bot's files. */
export interface ReportSuppression {
  source: 'comment' | 'config';
  /** Display path of the file holding the comment, or of the config file. */
  file: string;
  /** 1-based line of the comment (comments only). */
  line?: number;
  rules: string[];
  /** Files the config entry covers (config only). */
  files?: string[];
  reason?: string;
}

/** One bot (a file, or a multi-file project such as Rasa or Dialogflow CX) as the report sees it. */
export interface ReportBot {
  /** Display path of the bot's main file (relative to the workspace). */
  file: string;
  kind: FormatKind;
  model: BotModel;
  /** Display paths of every file the bot was read from. */
  files: string[];
  /** Findings in any of its files, after suppressions and levels. */
  findings: Finding[];
  suppressions: ReportSuppression[];
  /** The configuration that applies to the bot, when it differs from the report-wide one. */
  config?: Config;
  configFile?: string;
}

export interface ReportOptions {
  format: 'markdown' | 'html';
  /** wa-policy-lint's version. */
  toolVersion: string;
  /** When the report was made (default: now). */
  date?: Date;
  /** Display path of a file URI (relative to the workspace, forward slashes). */
  relative(uri: string): string;
  /** Text of a file, for line numbers and quoted values. */
  textOf(uri: string): string | undefined;
  /** Language of the headings, tables and notes (a catalog locale, default `en`); findings come localised. */
  locale?: string;
  /** Title line; default the catalog's `report.title` ("WhatsApp AI policy compliance report"). */
  title?: string;
  /** Link target of a finding's file:line (the editor's preview); without it the place is plain code. */
  linkTo?(uri: string, line: number): string;
}
