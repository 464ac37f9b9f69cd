import type { Span } from './types';
import type { MessageRef } from './messageRef';

/** One text replacement in one file. */
export interface FileEdit {
  uri: string;
  span: Span;
  newText: string;
}

/** A quick fix: edits that are applied together. */
export interface Fix {
  title: string;
  edits: FileEdit[];
  /** Safe to apply without review: offered in `source.fixAll`. */
  fixAll?: boolean;
  preferred?: boolean;
  /** Catalog key (`fix.<name>`) and arguments of the title, for other locales. */
  l10n?: MessageRef;
}

/** What a format's fix builders may read: the current text of a file of the model. */
export interface FixContext {
  textOf(uri: string): string;
}
