import { createTool } from '@mastra/core/tools';
import { z } from 'zod';

export const policyLookupTool = createTool({
  id: 'policy-lookup',
  description: 'Look up a SafeHarbor policy by policy number and return its status, coverage and renewal date.',
  inputSchema: z.object({ policyNumber: z.string().regex(/^SH-\d{8}$/) }),
  execute: async ({ context }) => {
    const r = await fetch(`${process.env.POLICY_API_URL}/${context.policyNumber}`);
    if (!r.ok) return { found: false };
    return { found: true, ...(await r.json()) };
  },
});
