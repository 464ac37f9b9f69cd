// Code-bot blind set 15: 30 small projects (TS 7, JS 6, Python 8, Go 3, PHP 3, Java 2, Kotlin 1; 6 non-bots) by a
// writer who had not read the code. Before any fix (main 0ebcd11): P 0.889 R 0.727 handoff 0.583, non-bots 5/6; after
// round 12, never shown: P 0.900 R 0.818 handoff 0.625, non-bots 5/6 (docs/accuracy.md). From now on development data.
// Session 14 (code14: Kotlin read, test code and API stubs are no bot): P 1.000 R 0.909 handoff 0.667, non-bots 6/6.
import { codeSetFloors } from './codeSetFloors';

codeSetFloors('code-bot blind set 15', 'blind15/c9', { precision: 1, recall: 0.9, handoff: 0.66, notABot: 1 });
