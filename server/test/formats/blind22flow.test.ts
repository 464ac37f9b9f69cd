// Flow-export blind set 22: 30 exports (3 each of the ten platforms) by a writer who had not read the code. Before
// any fix: P 0.857 R 1.000 handoff 0.808, non-bots 3/4 (docs/accuracy.md); after session 21 (flows21): P 0.923
// handoff 0.962. Scored through the built CLI; from now on development data.
import { codeSetFloors } from '../code/codeSetFloors';

codeSetFloors('flow blind set 22', '../formats/blind22flow/f17', {
  precision: 0.92,
  recall: 1.0,
  handoff: 0.96,
  notABot: 0.75,
});
