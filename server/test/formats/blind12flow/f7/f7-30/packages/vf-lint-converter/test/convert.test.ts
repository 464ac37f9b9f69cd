import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert } from '../src';

const load = (name: string) => JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8'));

describe('convert', () => {
  it('keeps generative step system/prompt fields', () => {
    const graph = convert(load('generative-step.vf'));
    const gen = graph.nodes.find((n) => n.type === 'generative');
    expect(gen?.data.system).toBe('You are a helpful assistant.');
    expect(gen?.data.prompt).toBe('{last_utterance}');
  });

  it('reads globalNoMatch settings', () => {
    const graph = convert(load('generative-step.vf'));
    expect(graph.settings.globalNoMatch.type).toBe('generative');
  });
});
