// Blind set 21: 136 prompts in 37 languages by three writers who had not read the analyzer. Before any fix (main
// 64305443): P 0.818 R 0.776 handoff 0.802 not-a-bot 0.800 (docs/accuracy.md); session 20 worked from it: after,
// 0.852 / 0.897 / 0.860 / 0.867 (include: 0.855 / 0.914). Development data from now on: a new round needs a new
// blind set.
import { blindSetFloors } from '../blindFloors';
import a from './p21a.json';
import b from './p21b.json';
import c from './p21c.json';

blindSetFloors('blind set 21', [...a, ...b, ...c], {
  default: { precision: 0.85, recall: 0.89, handoff: 0.85, notABot: 0.86 },
  include: { precision: 0.85, recall: 0.91, handoff: 0.85, notABot: 0.86 },
});
