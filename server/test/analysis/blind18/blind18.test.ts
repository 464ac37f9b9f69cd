// Blind set 18: 138 prompts in 33 languages by three writers who had not read the analyzer. Before any fix (main
// f34a4e3): P 0.898 R 0.721 handoff 0.789 not-a-bot 0.733; after round 15, never shown to its engineers: 0.857 /
// 0.787 / 0.821 / 0.600, include 0.864 / 0.836 / 0.846 / 0.600 (docs/accuracy.md). From now on development data:
// a new round needs a new blind set. After round 16 (its engineers worked from it): 0.897 / 0.852 / 0.870 / 0.867,
// include 0.898 / 0.869 / 0.878 / 0.867.
import { blindSetFloors } from '../blindFloors';
import a from './p18a.json';
import b from './p18b.json';
import c from './p18c.json';

blindSetFloors('blind set 18', [...a, ...b, ...c], {
  default: { precision: 0.89, recall: 0.85, handoff: 0.86, notABot: 0.86 },
  include: { precision: 0.89, recall: 0.86, handoff: 0.87, notABot: 0.86 },
});
