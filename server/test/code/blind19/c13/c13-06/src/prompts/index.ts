import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const dir = new URL('./parts/', import.meta.url).pathname

/** Concatenates prompts/parts/*.md in filename order. */
export function buildSystemPrompt(): string {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').trim())
    .join('\n\n')
}
