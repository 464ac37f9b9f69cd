// Flow-export blind set 6: 30 exports (3 each of Rasa, n8n, Dialogflow CX, Twilio Studio, Copilot Studio, Typebot,
// Flowise, Dify, Langflow, Voiceflow; prompts in 10 languages, 5 non-bots) written in the structure of real public
// exports by someone who had not read the code. Before the round-4 fixes: P 0.800 R 0.923 handoff 0.640, non-bots
// silent 3/5 (docs/accuracy.md). Scored through the built CLI like the code sets (scripts/eval-code.js).
import { codeSetFloors } from '../code/codeSetFloors';

codeSetFloors('flow blind set 6', '../formats/blind6flow/f1', { precision: 1, recall: 1, handoff: 0.95, notABot: 1 });
