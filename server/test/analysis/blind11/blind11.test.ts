// Blind set 11: 144 prompts in 30 languages by four writers who had not read the analyzer. Before any fix (main
// 8d076e8): P 0.868 R 0.730 handoff 0.836 not-a-bot 0.750; after round 8, never shown to its engineers: 0.887 / 0.746 /
// 0.844 / 0.750 (docs/accuracy.md). From now on development data: a new round needs a new blind set.
import { blindSetFloors } from '../blindFloors';
import a from './p11a.json';
import b from './p11b.json';
import c from './p11c.json';
import d from './p11d.json';

blindSetFloors('blind set 11', [...a, ...b, ...c, ...d], {
  default: { precision: 0.88, recall: 0.74, handoff: 0.84, notABot: 0.75 },
  include: { precision: 0.85, recall: 0.76, handoff: 0.85, notABot: 0.62 },
});
