// Blind set 15: 129 prompts in 37 languages by three writers who had not read the analyzer. Before any fix (main
// 0ebcd11): P 0.900 R 0.776 handoff 0.846 not-a-bot 0.667; after round 12, never shown to its engineers: 0.918 /
// 0.776 / 0.863 / 0.667 (docs/accuracy.md). From now on development data: a new round needs a new blind set.
// After round 13 (detect14a/b, agents14, lang14 worked from it): 0.946 / 0.914 / 0.932 / 1.000 (include: not-a-bot 0.917).
import { blindSetFloors } from '../blindFloors';
import a from './p15a.json';
import b from './p15b.json';
import c from './p15c.json';

blindSetFloors('blind set 15', [...a, ...b, ...c], {
  default: { precision: 0.94, recall: 0.91, handoff: 0.93, notABot: 0.99 },
  include: { precision: 0.94, recall: 0.91, handoff: 0.93, notABot: 0.91 },
});
