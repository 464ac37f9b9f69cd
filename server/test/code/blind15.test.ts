// Code-bot blind set 15: 30 small projects (TS 7, JS 6, Python 8, Go 3, PHP 3, Java 2, Kotlin 1; 6 non-bots) by a
// writer who had not read the code. Before any fix (main 0ebcd11): P 0.889 R 0.727 handoff 0.583, non-bots 5/6; after
// round 12, never shown: P 0.900 R 0.818 handoff 0.625, non-bots 5/6 (docs/accuracy.md). From now on development data.
import { codeSetFloors } from './codeSetFloors';

codeSetFloors('code-bot blind set 15', 'blind15/c9', { precision: 0.89, recall: 0.81, handoff: 0.62, notABot: 0.83 });
