// Flow-export blind set 20: 30 exports (3 each of the ten platforms) by a writer who had not read the code. Before
// any fix: P 0.750 R 1.000 handoff 0.926, non-bots 3/3 (docs/accuracy.md); after session 19
// (flows19): P 0.800. Scored through the built CLI; from now on development data.
import { codeSetFloors } from '../code/codeSetFloors';

codeSetFloors('flow blind set 20', '../formats/blind20flow/f15', {
  precision: 0.8,
  recall: 1,
  handoff: 0.92,
  notABot: 1,
});
