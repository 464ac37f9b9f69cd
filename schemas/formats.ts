import { z } from 'zod';

/** The parts of each format the rules read; unknown keys are allowed (tools add keys between versions). */
const Message = z.looseObject({ role: z.string(), content: z.string() });

export const PromptYmlSchema = z.looseObject({
  name: z.string().optional(),
  description: z.string().optional(),
  model: z.string().optional(),
  messages: z.array(Message),
});

export const N8nWorkflowSchema = z.looseObject({
  name: z.string().optional(),
  nodes: z.array(z.looseObject({ name: z.string(), type: z.string(), parameters: z.record(z.string(), z.unknown()).optional() })),
  connections: z.record(z.string(), z.record(z.string(), z.array(z.array(z.looseObject({ node: z.string() })).nullable()))),
});

export const RasaFlowsSchema = z.looseObject({
  flows: z.record(z.string(), z.looseObject({ description: z.string().optional(), steps: z.array(z.record(z.string(), z.unknown())) })),
});

export const RasaDomainSchema = z.looseObject({
  responses: z
    .record(z.string(), z.array(z.looseObject({ text: z.string().optional(), metadata: z.looseObject({ rephrase: z.boolean().optional(), rephrase_prompt: z.string().optional() }).optional() })))
    .optional(),
});

export const RasaEndpointsSchema = z.looseObject({
  model_groups: z.array(z.looseObject({ id: z.string(), models: z.array(z.looseObject({ provider: z.string(), model: z.string().optional() })) })).optional(),
});

export const formatSchemas: Record<string, z.ZodType> = {
  'prompt-yml': PromptYmlSchema,
  n8n: N8nWorkflowSchema,
  'rasa-flows': RasaFlowsSchema,
  'rasa-domain': RasaDomainSchema,
  'rasa-endpoints': RasaEndpointsSchema,
};
