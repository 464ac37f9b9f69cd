// detect9d dev cases (discovery by content and not-a-bot recognition), scored through the built CLI like a
// blind set: default discovery must find the bots where teams keep them, the analysis must leave not-bots silent.
import { blindSetFloors } from '../blindFloors';
import set from './detect9d.json';

blindSetFloors('dev9 detect9d', set.cases, {
  default: { precision: 1, recall: 1, handoff: 1, notABot: 1 },
  include: { precision: 1, recall: 1, handoff: 1, notABot: 1 },
});
