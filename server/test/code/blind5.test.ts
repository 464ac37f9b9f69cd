// Code-bot blind set 5: 32 small projects (TypeScript, JavaScript, Python; 12 WhatsApp transports, 14 LLM SDK
// styles, 6 non-bots) by a writer who had not read the code. Before any fix: P 0.909 R 0.769 handoff 0.846,
// non-bots silent 6/6 (docs/accuracy.md).
import { codeSetFloors } from './codeSetFloors';

codeSetFloors('code-bot blind set 5', 'blind5/c1', { precision: 0.92, recall: 1, handoff: 1, notABot: 1 });
