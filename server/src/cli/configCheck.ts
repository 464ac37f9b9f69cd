import { loadConfig } from '../config/load';
import { localizeFindings } from '../l10n/finding';
import { LineIndex } from '../model/text';
import { RULES } from '../rules';
import type { PolicyService } from '../service';
import { toFindings } from '../service/findings';
import type { Host } from '../service/host';
import { RuleRunner } from '../service/ruleRunner';
import { relativeFile, type FileReport } from './report';

/**
 * Lints the file given to --config. The service lints it as `wa-policy-config` when it is
 * named .wa-policy.yaml; any other name is not detected as a config, so the service's rule runner
 * and finding assembly (range, level) run here on the loader's model.
 */
export function checkConfigFile(service: PolicyService, host: Host, configUri: string, cwd: string): FileReport {
  const file = relativeFile(cwd, configUri);
  const linted = service.lint(configUri);
  if (linted?.kind === 'wa-policy-config')
    return { file, uri: configUri, kind: linted.kind, findings: linted.findings };
  const text = host.readFile(configUri) ?? '';
  const { model } = loadConfig(configUri, text, new Set(RULES.map((r) => r.id)));
  const { config } = service.configFor(configUri);
  const raw = new RuleRunner().run(model, config, () => text);
  const index = new LineIndex(text);
  const findings = toFindings(raw, config, () => index);
  return { file, uri: configUri, kind: 'wa-policy-config', findings: localizeFindings(findings, service.locale()) };
}
