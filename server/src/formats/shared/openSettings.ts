import type { Fix } from '../../model/fixes';
import type { MessageRef } from '../../model/messageRef';
import type { FlowNode } from '../../model/types';

/**
 * "Turn off <setting>": each `true` literal the parser recorded on the node becomes `false` in place
 * (valid in YAML and JSON, layout kept). With several, one fix turns them all off.
 */
export function turnOffSettingsFixes(
  node: FlowNode,
  allTitle: string,
  textOf: (uri: string) => string,
  allL10n?: MessageRef,
): Fix[] {
  const flags = (node.openSettings ?? []).filter((s) =>
    /^(true|yes|on)$/i.test(textOf(s.ref.uri).slice(s.ref.span.start, s.ref.span.end).trim()),
  );
  const edit = (s: (typeof flags)[number]) => ({ uri: s.ref.uri, span: s.ref.span, newText: 'false' });
  const fixes: Fix[] = flags.map((s) => ({ title: s.title, edits: [edit(s)], l10n: s.l10n }));
  if (flags.length > 1) fixes.unshift({ title: allTitle, edits: flags.map(edit), preferred: true, l10n: allL10n });
  else if (fixes[0]) fixes[0].preferred = true;
  return fixes;
}
