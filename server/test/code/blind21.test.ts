// Code-bot blind set 21: 30 small projects (TypeScript, JavaScript, Python, Go, PHP, Java, Kotlin, Ruby) by writers
// who had not read the code. Before any fix: P 0.818 R 0.750 handoff 0.731, non-bots 1/4 (docs/accuracy.md). From
// now on development data; the floors are the figures after session 20 (code20).
import { codeSetFloors } from './codeSetFloors';

codeSetFloors('code-bot blind set 21', 'blind21/c15', { precision: 0.84, recall: 0.91, handoff: 0.73, notABot: 0.25 });
