import type { Document } from 'yaml';
import type { ParseIssue } from '../../model/types';

/** A parsed YAML file: its text, the tree with source ranges, and what parsing found wrong. */
export interface YamlSource {
  uri: string;
  text: string;
  doc: Document.Parsed;
  issues: ParseIssue[];
}
