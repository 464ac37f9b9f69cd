import Ajv, { type ValidateFunction } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/**
 * JSON Schema validation with ajv: draft-04 schemas (SARIF 2.1.0) through ajv-draft-04, later drafts through
 * ajv itself, formats ("uri", "date-time"…) checked by ajv-formats. Returns the errors as
 * `<instance path> <message> <params>` lines; an empty array means valid. The SARIF schema has a pattern that
 * is not a valid Unicode regular expression (a stray `]`), so draft-04 patterns are compiled without the u flag.
 */
type Schema = Record<string, unknown>;

const compiled = new WeakMap<Schema, ValidateFunction>();

export function validate(value: unknown, schema: Schema): string[] {
  let check = compiled.get(schema);
  if (!check) {
    const draft04 = typeof schema.$schema === 'string' && schema.$schema.includes('draft-04');
    const ajv = draft04
      ? new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false })
      : new Ajv({ allErrors: true, strict: false });
    addFormats(ajv as unknown as Ajv);
    check = ajv.compile(schema);
    compiled.set(schema, check);
  }
  if (check(value)) return [];
  return (check.errors ?? []).map((e) => `${e.instancePath || '$'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
