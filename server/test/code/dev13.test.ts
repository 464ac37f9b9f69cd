// Code-bot dev set 13: small projects written for session 13, one per kind that code blind sets 13 and 14 showed
// unread (not copies of them): LangChain4j AI services (`@SystemMessage` text, arrays and `fromResource`), Spring AI
// `defaultSystem` from a static-imported constant in a `@Bean` and from a spec lambda over a classpath resource,
// pydantic-ai `Agent(system_prompt=)`, a LiteLLM relay, a Mistral fallback behind a keyword router, handoffs that only
// log (a stub function, a tool whose function logs and returns "ok") and real ones in a service module (Chatwoot,
// WATI), and a LangChain4j batch job that is not a bot. Before the fixes (main 0ebcd11): P 1.000, R 0.250,
// handoff 0.600, non-bots 1/1; after: all 1.000.
import { codeSetFloors } from './codeSetFloors';

codeSetFloors('code-bot dev set 13', 'dev13/d2', { precision: 1, recall: 1, handoff: 1, notABot: 1 });
