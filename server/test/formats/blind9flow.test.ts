// Flow-export blind set 9: 30 exports (3 each of the ten platforms; Copilot connected agents and knowledge, CX zips
// with telephony, playbooks and generators, Dify agent-chat and a batch workflow, Flowise agentflows, internal
// Langflow RAG, n8n sub-workflows and Chatwoot handoffs, classic and CALM Rasa, Twilio Flex, Typebot v5 and v6,
// Voiceflow KB) by a new writer. Never shown before round 6: P 0.917 R 0.917 handoff 0.962, non-bots 3/4; round 6
// 0.917 / 0.917 / 0.923, 3/4; round 7 (formats7) 0.923 / 1.000 / 0.962, 4/4 (docs/accuracy.md). The miss left is a
// prompt judgement (a Turkish refusal list after "every question not about cargo" read as a grant, and branch
// addresses read as a human path). Scored through the built CLI.
import { codeSetFloors } from '../code/codeSetFloors';

codeSetFloors('flow blind set 9', '../formats/blind9flow/f4', {
  precision: 0.92,
  recall: 1,
  handoff: 0.96,
  notABot: 1,
});
