import { fixtureFiles, WS } from './harness';

const PROMPTY = [
  '---',
  'name: Shop helper',
  'model:',
  '  api: chat',
  '  configuration:',
  '    type: openai',
  '    name: gpt-4o-mini',
  'sample:',
  '  question: Where is my order?',
  '---',
  'system:',
  'You are the assistant of Sunny Shoes. Answer any question the user asks, on any topic.',
  '',
  'user:',
  '{{question}}',
  '',
].join('\n');

/** Each format: its files (a fixture) and the file that is mutated (and grown by the linear-time test). */
export interface FormatFixture {
  /** The format's kind (what detection must say). */
  name: string;
  /** Its name in tests and the table, when one kind has several fixtures. */
  label?: string;
  files: Record<string, string>;
  main: string;
}

export const FORMATS: FormatFixture[] = [
  {
    name: 'system-prompt',
    files: fixtureFiles('prompt/open-domain-grant/sparky.system.md', 'p'),
    main: 'p/sparky.system.md',
  },
  {
    name: 'prompt-yml',
    files: fixtureFiles('prompt/no-human-escalation/paketbox.prompt.yml', 'p'),
    main: 'p/paketbox.prompt.yml',
  },
  { name: 'prompty', files: { [`${WS}/p/shop.prompty`]: PROMPTY }, main: 'p/shop.prompty' },
  { name: 'dotprompt', files: fixtureFiles('prompt/no-business-scope/orbit.prompt', 'p'), main: 'p/orbit.prompt' },
  { name: 'n8n', files: fixtureFiles('flow/open-domain-llm/inbox.json', 'n8n'), main: 'n8n/inbox.json' },
  {
    name: 'twilio-studio',
    files: fixtureFiles('formats/twilio-studio/open-domain-gpt.json', 'tw'),
    main: 'tw/open-domain-gpt.json',
  },
  {
    name: 'typebot',
    files: fixtureFiles('formats/typebot/open-domain-chatgpt.json', 'tb'),
    main: 'tb/open-domain-chatgpt.json',
  },
  {
    name: 'flowise',
    files: fixtureFiles('formats/flowise/open-domain-conversation.json', 'fw'),
    main: 'fw/open-domain-conversation.json',
  },
  { name: 'rasa', files: fixtureFiles('flow/open-domain-fallback/shop', 'rasa'), main: 'rasa/data/flows.yml' },
  {
    name: 'dialogflow-cx',
    files: fixtureFiles('formats/dialogflow-cx/open-agent', 'cx'),
    main: 'cx/flows/Default%20Start%20Flow/Default%20Start%20Flow.json',
  },
  { name: 'copilot-studio', files: fixtureFiles('formats/copilot-studio/open-agent', 'cs'), main: 'cs/agent.mcs.yml' },
  {
    name: 'dify',
    files: fixtureFiles('formats/dify/clinic-chatflow.yml', 'dify'),
    main: 'dify/clinic-chatflow.yml',
  },
  {
    name: 'langflow',
    files: fixtureFiles('formats/langflow/basic-prompting-open.json', 'lf'),
    main: 'lf/basic-prompting-open.json',
  },
  {
    name: 'voiceflow',
    files: fixtureFiles('formats/voiceflow/energy-assistant.vf', 'vf'),
    main: 'vf/energy-assistant.vf',
  },
  {
    name: 'code',
    label: 'code (TypeScript)',
    files: fixtureFiles('code/express-cloud-ts', 'code'),
    main: 'code/src/server.ts',
  },
  { name: 'code', label: 'code (Python)', files: fixtureFiles('code/twilio-langchain-flask', 'py'), main: 'py/app.py' },
  // Go and PHP bots (session 10's languages), re-probed with the hostile inputs in session 11.
  { name: 'code', label: 'code (Go)', files: fixtureFiles('code/whatsmeow-gemini-open-go', 'go'), main: 'go/bot.go' },
  {
    name: 'code',
    label: 'code (PHP)',
    files: fixtureFiles('code/twilio-curl-open-php', 'php'),
    main: 'php/index.php',
  },
  {
    name: 'wa-policy-config',
    files: {
      ...fixtureFiles('prompt/open-domain-grant/sparky.system.md', 'cfg'),
      [`${WS}/cfg/.wa-policy.yaml`]:
        'rules:\n  prompt/no-human-escalation: error\nmarkets: [BR, ID]\nprovider:\n  name: openai\n  tier: paid\nlinks:\n  - flow: "*.json"\n    prompt: sparky.system.md\nlimits:\n  maxDepth: 50\n',
    },
    main: 'cfg/.wa-policy.yaml',
  },
];
