// Blind set 15: 129 prompts in 37 languages by three writers who had not read the analyzer. Before any fix (main
// 0ebcd11): P 0.900 R 0.776 handoff 0.846 not-a-bot 0.667; after round 12, never shown to its engineers: 0.918 /
// 0.776 / 0.863 / 0.667 (docs/accuracy.md). From now on development data: a new round needs a new blind set.
import { blindSetFloors } from '../blindFloors';
import a from './p15a.json';
import b from './p15b.json';
import c from './p15c.json';

blindSetFloors('blind set 15', [...a, ...b, ...c], {
  default: { precision: 0.91, recall: 0.77, handoff: 0.86, notABot: 0.66 },
  include: { precision: 0.91, recall: 0.77, handoff: 0.86, notABot: 0.58 },
});
