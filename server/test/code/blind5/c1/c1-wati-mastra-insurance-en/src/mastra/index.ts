import { Mastra } from '@mastra/core';
import { policyAgent } from './agents/policy-agent.js';

export const mastra = new Mastra({ agents: { policyAgent } });
