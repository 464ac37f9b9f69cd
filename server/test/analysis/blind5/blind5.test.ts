// Blind set 5: 144 prompts in 24 languages by three writers who had not read the analyzer. Before any fix:
// P 0.680 R 0.515 handoff 0.811 not-a-bot 0.75 (docs/accuracy.md).
import { blindSetFloors } from '../blindFloors';
import p1 from './p1.json';
import p2 from './p2.json';
import p3 from './p3.json';

blindSetFloors('blind set 5', [...p1, ...p2, ...p3], {
  default: { precision: 0.78, recall: 0.6, handoff: 0.86, notABot: 0.9 },
  include: { precision: 0.8, recall: 0.66, handoff: 0.9, notABot: 0.9 },
});
