/** URLs and names of helpdesk / agent-inbox endpoints: a call to one hands the conversation to a person. */
export const HELPDESK = /chatwoot|zendesk|freshdesk|intercom|helpscout|zammad|front\.com|hubspot|crisp\.chat|\/assign|handoff|hand-off|live-?agent|human|talk_to_agent|escalat/i;
/** URLs of model APIs: a call to one is an LLM whose prompt may not be visible. */
export const LLM_ENDPOINT = /openai|anthropic|generativelanguage|aiplatform|\/chat\/completions|\/v1\/messages|mistral|groq|deepseek|openrouter|ollama/i;
/** Router labels (classifier classes, scenarios) that send small talk and general questions somewhere. */
export const GENERAL_ROUTE = /general (question|query|knowledge|chat)|chatting casually|small ?talk|chit-?chat|anything else|other (question|topic|request)s?|^other$|off-topic|everything else/i;
