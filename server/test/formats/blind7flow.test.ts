// Flow-export blind set 7: 30 exports (3 each of the same ten platforms; Dialogflow CX as a .zip, Rasa with config/
// and domain/ folders, Typebot v5/v6, Dify chat/agent/workflow modes; prompts in 11 languages, 5 non-bots) by a new
// writer. Before round 5: P 0.857 R 0.923 handoff 0.960, non-bots silent 4/5 (docs/accuracy.md). Scored through
// the built CLI like the code sets (scripts/eval-code.js).
import { codeSetFloors } from '../code/codeSetFloors';

codeSetFloors('flow blind set 7', '../formats/blind7flow/f2', { precision: 1, recall: 1, handoff: 1, notABot: 1 });
