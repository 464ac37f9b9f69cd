// Blind set 23: 135 prompts in about 75 languages and varieties by three writers who had not read the analyzer.
// Before any fix (main ed2c2ef5): P 0.884 R 0.704 handoff 0.780 not-a-bot 0.833 (include: 0.886 / 0.722 / 0.813 /
// 0.833; docs/accuracy.md). Session 22 worked from it: after, 0.957 / 0.815 / 0.846 / 1.000 (include the same).
// Development data from now on: a new round needs a new blind set.
import { blindSetFloors } from '../blindFloors';
import a from './p23a.json';
import b from './p23b.json';
import c from './p23c.json';

blindSetFloors('blind set 23', [...a, ...b, ...c], {
  default: { precision: 0.95, recall: 0.81, handoff: 0.84, notABot: 1.0 },
  include: { precision: 0.95, recall: 0.81, handoff: 0.84, notABot: 1.0 },
});
