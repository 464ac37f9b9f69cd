import type { BotModel, MappedText, SourceRef } from '../../model/types';

/**
 * A model read from a document stored as a string inside the file (Flowise's API keeps a chatflow as the
 * JSON string `flowData`): every place in the inner document is mapped back through the string's escapes to
 * the file, and prompts are marked nested (no text edits inside a doubly encoded value).
 */
export function mapNested(model: BotModel, outer: MappedText): BotModel {
  const at = (r: SourceRef): SourceRef =>
    r.uri === outer.uri
      ? {
          uri: r.uri,
          span: {
            start: outer.toSource(r.span.start),
            end: Math.max(outer.toSource(r.span.end), outer.toSource(r.span.start) + 1),
          },
        }
      : r;
  for (const n of model.flow?.nodes ?? []) {
    n.ref = at(n.ref);
    for (const s of n.openSettings ?? []) s.ref = at(s.ref);
  }
  model.prompts = model.prompts.map((p) => {
    const inner = p.text;
    return { ...p, nested: true, text: { ...inner, toSource: (i: number) => outer.toSource(inner.toSource(i)) } };
  });
  for (const list of [model.notes, model.trainingSinks, model.issues, model.models])
    for (const x of list) x.ref = at(x.ref);
  if (model.whatsapp) model.whatsapp = at(model.whatsapp);
  return model;
}
