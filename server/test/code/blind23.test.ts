// Code-bot blind set 23: 30 small projects (Python 7, TypeScript 6, JavaScript 5, Go 3, PHP 3, Java 2, Kotlin 2,
// Ruby 2) by a writer who had not read the code. Before any fix (main ed2c2ef5): P 0.857 R 0.500 handoff 0.654,
// non-bots 4/4 (docs/accuracy.md); after session 22 (code23b): handoff 0.731. Development data from now on.
import { codeSetFloors } from './codeSetFloors';

codeSetFloors('code-bot blind set 23', 'blind23/c17', { precision: 0.85, recall: 0.5, handoff: 0.73, notABot: 1.0 });
