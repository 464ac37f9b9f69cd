// Blind set 16: 133 prompts in 38 languages by three writers who had not read the analyzer. Before any fix (main
// 7a559f9): P 0.907 R 0.661 handoff 0.785 not-a-bot 0.750; after round 13, never shown to its engineers: 0.918 /
// 0.763 / 0.818 / 0.833 (docs/accuracy.md). From now on development data: a new round needs a new blind set.
// After round 14 (its engineers worked from it): 0.926 / 0.847 / 0.884 / 0.833 (include: handoff 0.901, not-a-bot 0.750).
// After round 15: 0.962 / 0.864 / 0.901 / 0.833 (include: handoff 0.917, not-a-bot 0.750).
import { blindSetFloors } from '../blindFloors';
import a from './p16a.json';
import b from './p16b.json';
import c from './p16c.json';

blindSetFloors('blind set 16', [...a, ...b, ...c], {
  default: { precision: 0.96, recall: 0.86, handoff: 0.9, notABot: 0.83 },
  include: { precision: 0.96, recall: 0.86, handoff: 0.91, notABot: 0.75 },
});
