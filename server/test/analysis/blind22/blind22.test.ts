// Blind set 22: 136 prompts in 38 languages by three writers who had not read the analyzer. Before any fix (main
// 272e14a8): P 0.854 R 0.759 handoff 0.777 not-a-bot 0.933 (docs/accuracy.md); session 21 worked from it: after,
// 0.872 / 0.759 / 0.785 / 0.933 (include: 0.875 / 0.778 / 0.793); after session 22, 0.885 / 0.852 / 0.851 / 0.933
// (include the same). Development data from now on: a new round needs a new blind set.
import { blindSetFloors } from '../blindFloors';
import a from './p22a.json';
import b from './p22b.json';
import c from './p22c.json';

blindSetFloors('blind set 22', [...a, ...b, ...c], {
  default: { precision: 0.88, recall: 0.85, handoff: 0.85, notABot: 0.93 },
  include: { precision: 0.88, recall: 0.85, handoff: 0.85, notABot: 0.93 },
});
