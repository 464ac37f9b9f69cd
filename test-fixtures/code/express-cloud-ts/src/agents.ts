import { Agent } from '@mastra/core/agent';
import { openai } from '@ai-sdk/openai';
import { CLINIC_PROMPT } from './prompts';

export const receptionAgent = new Agent({ name: 'reception', instructions: CLINIC_PROMPT, model: openai('gpt-4o-mini') });
