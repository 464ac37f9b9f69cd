/** Named arguments of a catalog text (quoted prompt phrases, node names: never translated). */
export type MessageArgs = Record<string, string | number>;

/** Catalog key and named arguments of a text, carried next to its English rendering (see server/src/l10n). */
export interface MessageRef {
  key: string;
  args?: MessageArgs;
}
