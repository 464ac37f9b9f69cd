// Flow-export blind set 7: 30 exports (3 each of the same ten platforms; Dialogflow CX as a .zip, Rasa with config/
// and domain/ folders, Typebot v5/v6, Dify chat/agent/workflow modes; prompts in 11 languages, 5 non-bots) by a new
// writer. Before round 5: P 0.857 R 0.923 handoff 0.960, non-bots silent 4/5 (docs/accuracy.md). Scored through
// the built CLI like the code sets (scripts/eval-code.js).
import { codeSetFloors } from '../code/codeSetFloors';

// Round 15: handoff 0.960 — an n8n HTTP Request node named after a helpdesk ("Chatwoot – …") on a self-hosted host now
// counts as a person (blind 11/12 needed it after formats16's marker reading), and the one run only by a disabled
// sub-workflow caller counts too: a known regression until sub-workflow reachability reads disabled callers.
codeSetFloors('flow blind set 7', '../formats/blind7flow/f2', { precision: 1, recall: 1, handoff: 0.96, notABot: 1 });
