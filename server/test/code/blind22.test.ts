// Code-bot blind set 22: 30 small projects (Python, TypeScript, JavaScript, Go, PHP, Java, Kotlin, Ruby) by a writer
// who had not read the code. Before any fix: P 0.667 R 0.545 handoff 0.615, non-bots 4/4 (docs/accuracy.md). After
// branch code23 (code21's dead-handoff work, narrowed; a getenv fallback; pathlib reads): P 0.700 R 0.636 handoff 0.731.
import { codeSetFloors } from './codeSetFloors';

codeSetFloors('code-bot blind set 22', 'blind22/c16', { precision: 0.7, recall: 0.63, handoff: 0.73, notABot: 1.0 });
