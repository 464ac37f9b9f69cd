// Code-bot blind set 13: 30 small projects (TS 6, JS 6, Python 8, Go 3, PHP 3, Java 2, Ruby 2; 6 non-bots) by a writer
// who had not read the code. Before any fix (main fac31ce): P 1.000 R 0.455 handoff 0.708, non-bots 5/6; after
// round 10, never shown: the same (docs/accuracy.md). From now on development data. Session 12 (Java and Ruby read):
// R 0.545, handoff 0.750.
import { codeSetFloors } from './codeSetFloors';

codeSetFloors('code-bot blind set 13', 'blind13/c7', { precision: 1, recall: 0.54, handoff: 0.75, notABot: 0.83 });
