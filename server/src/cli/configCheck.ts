import { loadConfig } from '../config/load';
import { localizeFindings } from '../l10n/finding';
import { LineIndex } from '../model/text';
import { RULES } from '../rules';
import { levelOf } from '../service/configResolver';
import type { PolicyService } from '../service';
import type { Finding } from '../service/findings';
import type { Host } from '../service/host';
import { relativeFile, type FileReport } from './report';

const RULE = 'config/invalid';

/**
 * Lints the file given to --config. The service lints it as `wa-policy-config` when it is
 * named .wa-policy.yaml; any other name is not detected as a config, so its problems are
 * read from the loader directly and reported under the same rule.
 */
export function checkConfigFile(service: PolicyService, host: Host, configUri: string, cwd: string): FileReport {
  const file = relativeFile(cwd, configUri);
  const linted = service.lint(configUri);
  if (linted?.kind === 'wa-policy-config')
    return { file, uri: configUri, kind: linted.kind, findings: linted.findings };
  const text = host.readFile(configUri) ?? '';
  const { model } = loadConfig(configUri, text, new Set(RULES.map((r) => r.id)));
  const level = levelOf(service.configFor(configUri).config, RULE);
  const index = new LineIndex(text);
  const findings: Finding[] =
    level === 'off'
      ? []
      : model.issues.map((issue) => {
          const range = {
            start: index.position(issue.ref.span.start),
            end: index.position(Math.max(issue.ref.span.end, issue.ref.span.start)),
          };
          return {
            rule: RULE,
            clause: null,
            severity: level,
            message: issue.message,
            uri: configUri,
            range,
            why: 'Settings that cannot be read are ignored, so rules may run with defaults you did not intend.',
            signals: [],
            related: [],
            fixes: [],
            suppressAt: range.start.line,
            l10n: { key: 'issue', args: { issue: issue.message } },
          };
        });
  return { file, uri: configUri, kind: 'wa-policy-config', findings: localizeFindings(findings, service.locale()) };
}
