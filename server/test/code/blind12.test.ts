// Code-bot blind set 12: 30 small projects (TS 6, JS 6, Python 8, Go 3, PHP 3, Java 2, Ruby 2; 6 non-bots) by a writer
// who had not read the code. Before any fix (main 3e5cabf): P 0.727 R 0.727 handoff 0.792, non-bots 6/6; after round
// 9, never shown: the same (docs/accuracy.md). From now on development data; after session 11 (code11, fixed while
// seen): P 0.833 R 0.909 handoff 0.833, non-bots 6/6.
import { codeSetFloors } from './codeSetFloors';

codeSetFloors('code-bot blind set 12', 'blind12/c6', { precision: 0.83, recall: 0.9, handoff: 0.83, notABot: 1 });
