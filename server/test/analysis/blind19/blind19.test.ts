// Blind set 19: 138 prompts in 35 languages by three writers who had not read the analyzer. Before any fix:
// P 0.938 R 0.776 handoff 0.862 not-a-bot 0.600; after round 16, never shown to its engineers: 0.920 /
// 0.793 / 0.870 / 0.667, include 0.920 / 0.793 / 0.878 / 0.600 (docs/accuracy.md). From now on development data:
// a new round needs a new blind set.
import { blindSetFloors } from '../blindFloors';
import a from './p19a.json';
import b from './p19b.json';
import c from './p19c.json';

blindSetFloors('blind set 19', [...a, ...b, ...c], {
  default: { precision: 0.92, recall: 0.79, handoff: 0.86, notABot: 0.66 },
  include: { precision: 0.92, recall: 0.79, handoff: 0.87, notABot: 0.6 },
});
