// Blind set 14: 126 prompts in 33 languages by three writers who had not read the analyzer. Before any fix (main
// aae4612): P 0.763 R 0.833 handoff 0.852 not-a-bot 0.727; after round 11, never shown to its engineers: 0.793 /
// 0.852 / 0.852 / 0.909 (docs/accuracy.md). From now on development data: a new round needs a new blind set.
import { blindSetFloors } from '../blindFloors';
import a from './p14a.json';
import b from './p14b.json';
import c from './p14c.json';

blindSetFloors('blind set 14', [...a, ...b, ...c], {
  default: { precision: 0.79, recall: 0.85, handoff: 0.85, notABot: 0.9 },
  include: { precision: 0.79, recall: 0.85, handoff: 0.86, notABot: 0.9 },
});
