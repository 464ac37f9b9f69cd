import { formatProperties } from './formatProperty';

formatProperties([
  'n8n',
  'twilio-studio',
  'typebot',
  'flowise',
  'dialogflow-cx',
  'copilot-studio',
  'langflow',
  'voiceflow',
]);
