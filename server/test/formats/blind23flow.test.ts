// Flow-export blind set 23: 30 exports (3 each of the ten platforms) by a writer who had not read the code. Before
// any fix (main ed2c2ef5): P 1.000 R 0.923 handoff 0.885, non-bots 3/4 (docs/accuracy.md); after session 22
// (flows23): 1.000 / 1.000 / 1.000, 4/4. Scored through the built CLI; from now on development data.
import { codeSetFloors } from '../code/codeSetFloors';

codeSetFloors('flow blind set 23', '../formats/blind23flow/f18', {
  precision: 1.0,
  recall: 1.0,
  handoff: 1.0,
  notABot: 1.0,
});
