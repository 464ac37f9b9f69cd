import { z } from 'zod';
import { ConfigSchema } from '../server/src/model/config';
import { formatSchemas } from './formats';

/** Every JSON Schema generated from the zod schemas, by file stem. */
export function jsonSchemas(): Record<string, unknown> {
  const out: Record<string, unknown> = {
    'wa-policy': { ...z.toJSONSchema(ConfigSchema, { io: 'input' }), title: '.wa-policy.yaml' },
  };
  for (const [name, schema] of Object.entries(formatSchemas))
    out[name] = { ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), title: name };
  return out;
}
