/**
 * A small JSON Schema (draft-04) validator covering the keywords the SARIF 2.1.0 schema uses:
 * type, properties, required, additionalProperties, items, enum, minimum, maximum, minItems,
 * uniqueItems, pattern, anyOf, oneOf, $ref to #/definitions and format "uri". Returns the errors.
 */
type Schema = Record<string, unknown>;

export function validate(value: unknown, root: Schema): string[] {
  const errors: string[] = [];
  check(value, root, root, '$', errors);
  return errors;
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function resolve(schema: Schema, root: Schema): Schema {
  let s = schema;
  while (typeof s.$ref === 'string') {
    const ref = s.$ref;
    if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}`);
    s = ref
      .slice(2)
      .split('/')
      .reduce<unknown>((o, k) => (o as Schema)[k], root) as Schema;
  }
  return s;
}

function check(v: unknown, schema0: Schema, root: Schema, at: string, errors: string[]): void {
  const schema = resolve(schema0, root);
  const t = typeOf(v);
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!types.some((x) => x === t || (x === 'number' && t === 'integer'))) {
      errors.push(`${at}: expected ${types.join('|')}, got ${t}`);
      return;
    }
  }
  if (Array.isArray(schema.enum) && !schema.enum.some((e) => JSON.stringify(e) === JSON.stringify(v))) errors.push(`${at}: ${JSON.stringify(v)} not in ${JSON.stringify(schema.enum)}`);
  if (typeof v === 'number') {
    if (typeof schema.minimum === 'number' && v < schema.minimum) errors.push(`${at}: ${v} < minimum ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && v > schema.maximum) errors.push(`${at}: ${v} > maximum ${schema.maximum}`);
  }
  if (typeof v === 'string') {
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(v)) errors.push(`${at}: '${v}' does not match ${schema.pattern}`);
    if (schema.format === 'uri') {
      try {
        new URL(v);
      } catch {
        errors.push(`${at}: '${v}' is not an absolute URI`);
      }
    }
  }
  if (Array.isArray(v)) {
    if (typeof schema.minItems === 'number' && v.length < schema.minItems) errors.push(`${at}: fewer than ${schema.minItems} items`);
    if (schema.uniqueItems === true && new Set(v.map((x) => JSON.stringify(x))).size !== v.length) errors.push(`${at}: items are not unique`);
    if (schema.items && typeof schema.items === 'object') v.forEach((x, i) => check(x, schema.items as Schema, root, `${at}[${i}]`, errors));
  }
  if (t === 'object') {
    const obj = v as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const r of (schema.required ?? []) as string[]) if (!(r in obj)) errors.push(`${at}: missing required '${r}'`);
    for (const [k, x] of Object.entries(obj)) {
      if (props[k]) check(x, props[k], root, `${at}.${k}`, errors);
      else if (schema.additionalProperties === false) errors.push(`${at}: property '${k}' is not allowed`);
      else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') check(x, schema.additionalProperties as Schema, root, `${at}.${k}`, errors);
    }
  }
  for (const [kw, want] of [['anyOf', 'some'], ['oneOf', 'one']] as const) {
    const list = schema[kw] as Schema[] | undefined;
    if (!list) continue;
    const ok = list.filter((s) => {
      const e: string[] = [];
      check(v, s, root, at, e);
      return !e.length;
    }).length;
    if (want === 'some' ? ok === 0 : ok !== 1) errors.push(`${at}: ${kw} matched ${ok} of ${list.length} schemas`);
  }
}
