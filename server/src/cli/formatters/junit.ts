import { oneBased, type FileReport } from '../report';

const SUITES_NAME = 'wa-policy-lint';

/** XML 1.0 text: escapes markup and drops characters XML cannot hold (control characters, lone surrogates). */
export function xmlEscape(s: string): string {
  return s
    .replace(
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '',
    )
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;');
}

const attrs = (a: Record<string, string | number>) =>
  Object.entries(a)
    .map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`)
    .join('');

/**
 * JUnit XML as Jenkins, GitLab and Azure read it: one <testsuite> per checked file, one <testcase> per
 * finding (errors and warnings as <failure type="…">, infos passing with the note in <system-out>), and a
 * single passing <testcase> for a file without findings, so every checked file shows up in the report.
 */
export function formatJunit(reports: FileReport[]): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const r of reports) {
    const cases: string[] = [];
    let suiteFailures = 0;
    for (const f of r.findings) {
      const p = oneBased(f.range);
      const name = `${f.rule} at ${p.line}:${p.column}`;
      const where = `${r.file}:${p.line}:${p.column}`;
      const body = `${where} ${f.severity} ${f.message}${f.clause ? `\nClause: ${f.clause}` : ''}\nRule: ${f.rule}`;
      if (f.severity === 'info') {
        cases.push(
          `    <testcase${attrs({ name, classname: r.file, time: 0 })}>\n      <system-out>${xmlEscape(body)}</system-out>\n    </testcase>`,
        );
        continue;
      }
      suiteFailures++;
      cases.push(
        `    <testcase${attrs({ name, classname: r.file, time: 0 })}>\n      <failure${attrs({ message: f.message, type: f.severity })}>${xmlEscape(body)}</failure>\n    </testcase>`,
      );
    }
    if (!cases.length) cases.push(`    <testcase${attrs({ name: 'wa-policy', classname: r.file, time: 0 })}/>`);
    tests += cases.length;
    failures += suiteFailures;
    suites.push(
      `  <testsuite${attrs({ name: r.file, tests: cases.length, failures: suiteFailures, errors: 0, skipped: 0, time: 0 })}>\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  const head = `<testsuites${attrs({ name: SUITES_NAME, tests, failures, errors: 0, time: 0 })}`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${suites.length ? `${head}>\n${suites.join('\n')}\n</testsuites>` : `${head}/>`}\n`;
}
