import { IDENTITY, TASKS, FEES, RULES } from './sections';

export const instructions = [
  IDENTITY,
  '## What you do',
  TASKS,
  '## Fees',
  FEES,
  '## Rules',
  RULES,
].join('\n\n');
