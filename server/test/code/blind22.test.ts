// Code-bot blind set 22: 30 small projects (Python, TypeScript, JavaScript, Go, PHP, Java, Kotlin, Ruby) by a writer
// who had not read the code. Before any fix: P 0.667 R 0.545 handoff 0.615, non-bots 4/4 (docs/accuracy.md). Not
// worked from yet on main (branch code21 is unmerged); the floors are the before-figures.
import { codeSetFloors } from './codeSetFloors';

codeSetFloors('code-bot blind set 22', 'blind22/c16', { precision: 0.66, recall: 0.54, handoff: 0.61, notABot: 1.0 });
