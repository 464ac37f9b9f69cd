// Blind set 13: 121 prompts in 31 languages by three writers who had not read the analyzer. Before any fix (main
// fac31ce): P 0.780 R 0.722 handoff 0.855 not-a-bot 0.636; after round 10, never shown to its engineers: 0.796 /
// 0.722 / 0.918 / 0.636 (docs/accuracy.md). From now on development data: a new round needs a new blind set.
// After detect12a (its kinds as development data): 0.865 / 0.833 / 0.936 / 0.636.
import { blindSetFloors } from '../blindFloors';
import a from './p13a.json';
import b from './p13b.json';
import c from './p13c.json';

blindSetFloors('blind set 13', [...a, ...b, ...c], {
  default: { precision: 0.86, recall: 0.83, handoff: 0.93, notABot: 0.63 },
  include: { precision: 0.86, recall: 0.83, handoff: 0.93, notABot: 0.63 },
});
