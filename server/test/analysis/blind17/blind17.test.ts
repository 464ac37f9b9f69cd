// Blind set 17: 138 prompts in 33 languages by three writers who had not read the analyzer. Before any fix (main
// 04dce8e): P 0.796 R 0.629 handoff 0.756 not-a-bot 0.867; after round 14, never shown to its engineers: 0.800 /
// 0.645 / 0.756 / 0.933 (docs/accuracy.md). From now on development data: a new round needs a new blind set.
// After round 15 (its engineers worked from it): 0.852 / 0.839 / 0.854 / 0.933 (include the same).
import { blindSetFloors } from '../blindFloors';
import a from './p17a.json';
import b from './p17b.json';
import c from './p17c.json';

blindSetFloors('blind set 17', [...a, ...b, ...c], {
  default: { precision: 0.85, recall: 0.83, handoff: 0.85, notABot: 0.93 },
  include: { precision: 0.85, recall: 0.83, handoff: 0.85, notABot: 0.93 },
});
