// Code-bot blind set 6: 30 small projects (10 TypeScript, 10 JavaScript, 10 Python; prompts in 9 languages,
// 6 non-bots) by a writer who had not read the code. Before any fix: P 0.833 R 0.833 handoff 0.833, non-bots
// silent 6/6 (docs/accuracy.md); the misses left after the code fixes are the prompt analysis's (id, tr, hi).
import { codeSetFloors } from './codeSetFloors';

codeSetFloors('code-bot blind set 6', 'blind6/c2', { precision: 0.8, recall: 1, handoff: 0.95, notABot: 1 });
