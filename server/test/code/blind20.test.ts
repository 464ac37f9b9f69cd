// Code-bot blind set 20: 30 small projects (TypeScript, JavaScript, Python, Go, PHP, Java, Kotlin, Ruby) in 28
// languages by writers who had not read the code. Before any fix: P 0.900 R 0.750 handoff 0.731, non-bots 2/4
// (docs/accuracy.md). From now on development data; the floors are the figures after session 19 (code19).
import { codeSetFloors } from './codeSetFloors';

codeSetFloors('code-bot blind set 20', 'blind20/c14', { precision: 0.91, recall: 0.91, handoff: 0.84, notABot: 0.5 });
