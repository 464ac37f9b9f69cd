import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const dir = path.dirname(fileURLToPath(import.meta.url));
export const PERSONA = readFileSync(path.join(dir, '..', 'prompts', 'persona.md'), 'utf8');
