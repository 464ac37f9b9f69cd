// Flow-export blind set 8: 30 exports (3 each of the same ten platforms; n8n sub-agents and a CLI export array, Rasa
// config/ + domain/ with LLM custom actions, CX zips incl. a macOS re-zip, Copilot VS Code and solution layouts,
// Dify three modes, Voiceflow KB + handoff; prompts in 16 languages) by a new writer. Never shown before round 5:
// P 0.800 R 0.923 handoff 0.800, non-bots 4/5; after round 5 0.867 / 1.000 / 0.840, 5/5; round 6 (formats6)
// 0.867 / 1.000 / 1.000, 5/5 (docs/accuracy.md). The two precision misses left are prompt judgements (a Spanish
// task statement read as unscoped, a Turkish refusal list read as offered). Scored through the built CLI.
import { codeSetFloors } from '../code/codeSetFloors';

codeSetFloors('flow blind set 8', '../formats/blind8flow/f3', { precision: 0.86, recall: 1, handoff: 1, notABot: 1 });
