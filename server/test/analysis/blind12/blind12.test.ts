// Blind set 12: 144 prompts in 31 languages by four writers who had not read the analyzer. Before any fix (main
// 3e5cabf): P 0.732 R 0.641 handoff 0.783 not-a-bot 0.800; after round 9, never shown to its engineers: 0.776 /
// 0.703 / 0.806 / 0.800 (docs/accuracy.md). From now on development data: a new round needs a new blind set.
import { blindSetFloors } from '../blindFloors';
import a from './p12a.json';
import b from './p12b.json';
import c from './p12c.json';
import d from './p12d.json';

blindSetFloors('blind set 12', [...a, ...b, ...c, ...d], {
  default: { precision: 0.77, recall: 0.7, handoff: 0.8, notABot: 0.8 },
  include: { precision: 0.77, recall: 0.7, handoff: 0.8, notABot: 0.8 },
});
