import type { z } from 'zod';

export interface SalvageIssue {
  path: (string | number)[];
  message: string;
  unknownKey?: boolean;
}

const FAIL = Symbol('invalid');

interface Def {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  catchall?: z.ZodType;
}

const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Keeps the valid parts of `value` under `schema`: unknown object keys, invalid array items and
 * invalid record entries are reported (once each) and dropped one by one; an object that loses a
 * required field is dropped whole. Returns undefined when nothing valid is left.
 */
export function salvage(schema: z.ZodType, value: unknown, path: (string | number)[], issues: SalvageIssue[]): unknown {
  const out = walk(schema, value, path, issues);
  return out === FAIL ? undefined : out;
}

function walk(schema: z.ZodType, value: unknown, path: (string | number)[], issues: SalvageIssue[]): unknown {
  let def = defOf(schema);
  while ((def.type === 'default' || def.type === 'optional') && def.innerType) {
    if (value === undefined) return undefined;
    schema = def.innerType;
    def = defOf(schema);
  }
  if (def.type === 'object' && def.shape && isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(def.shape, key)) {
        if (!def.catchall || defOf(def.catchall).type === 'never')
          issues.push({ path: [...path, key], message: 'unknown key', unknownKey: true });
        continue;
      }
    }
    let failed = false;
    for (const [key, field] of Object.entries(def.shape)) {
      const v = walk(field, value[key], [...path, key], issues);
      if (v === FAIL) {
        // A field that may be left out is dropped; a required one takes its object with it.
        if (field.safeParse(undefined).success) continue;
        failed = true;
      } else if (v !== undefined) out[key] = v;
    }
    return failed ? FAIL : check(schema, out, path, issues);
  }
  if (def.type === 'array' && def.element && Array.isArray(value)) {
    const kept: unknown[] = [];
    value.forEach((item, i) => {
      const v = walk(def.element!, item, [...path, i], issues);
      if (v !== FAIL) kept.push(v);
    });
    return check(schema, kept, path, issues);
  }
  if (def.type === 'record' && def.valueType && isPlainObject(value)) {
    const kept: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const v = walk(def.valueType, item, [...path, key], issues);
      if (v !== FAIL) kept[key] = v;
    }
    return check(schema, kept, path, issues);
  }
  return check(schema, value, path, issues);
}

/** Validates a value whose parts are already valid; reports its own constraint (type, min length) once. */
function check(schema: z.ZodType, value: unknown, path: (string | number)[], issues: SalvageIssue[]): unknown {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  issues.push({
    path: [...path, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    message: issue.message,
  });
  return FAIL;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}
