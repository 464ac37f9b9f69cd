import 'dotenv/config';
import { readFileSync } from 'fs';
import path from 'path';

export const MODEL_ID = process.env.NOVA_MODEL ?? 'gpt-4o-mini';
export const MAX_TURNS = Number(process.env.NOVA_MAX_TURNS ?? 10);
export const SYSTEM = readFileSync(path.join(__dirname, '..', 'prompts', 'system.md'), 'utf8');
