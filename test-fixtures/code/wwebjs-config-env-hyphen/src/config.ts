import * as dotenv from 'dotenv';
dotenv.config();

const config = {
  openAIKey: process.env.OPENAI_API_KEY || '',
  prePrompt: process.env.PRE_PROMPT,
  prefix: process.env.PREFIX || '!ask',
};

export default config;
