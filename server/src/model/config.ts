// The `.wa-policy.yaml` configuration: its zod schema (read by config/load.ts) and the runtime types `Config` and
// `Level` that every layer uses. `npm run build` generates schemas/wa-policy.schema.json from it.
import { z } from 'zod';

/** Severity a user can give a rule in `.wa-policy.yaml`. */
export const Level = z.enum(['off', 'info', 'warning', 'error']);
export type Level = z.infer<typeof Level>;

export const ProviderName = z.enum([
  'openai',
  'azure-openai',
  'anthropic',
  'google',
  'mistral',
  'ollama',
  'self-hosted',
  'other',
]);

/** The `.wa-policy.yaml` configuration file. */
export const ConfigSchema = z
  .object({
    $schema: z.string().optional(),
    rules: z.record(z.string(), Level).default({}).describe('Severity per rule id: off, info, warning or error.'),
    include: z
      .array(z.string())
      .default([])
      .describe('Extra globs of prompt files (Markdown or text) to lint, relative to this file.'),
    exclude: z.array(z.string()).default([]).describe('Globs of files never to lint, relative to this file.'),
    business: z
      .object({
        name: z.string().optional(),
        purpose: z.string().optional().describe('What the bot is for, in one sentence.'),
        topics: z.array(z.string()).default([]).describe('Topics the bot is allowed to handle.'),
      })
      .optional(),
    markets: z
      .array(z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code such as BR or ID'))
      .default([])
      .describe('Countries where the bot is offered (ISO 3166-1 alpha-2).'),
    provider: z
      .object({
        name: ProviderName,
        tier: z
          .enum(['paid', 'free', 'enterprise'])
          .optional()
          .describe('The plan the API key is on; free tiers may train on inputs.'),
        trainsOnInputs: z
          .boolean()
          .optional()
          .describe('Whether the provider may use submitted conversations to train its models.'),
        exclusiveFineTune: z
          .boolean()
          .optional()
          .describe('Conversations only fine-tune a model used by this business alone.'),
      })
      .optional(),
    links: z
      .array(z.object({ flow: z.string(), prompt: z.string(), node: z.string().optional() }))
      .default([])
      .describe('Prompt files that a flow sends to an LLM behind a webhook, so they are checked with the flow.'),
    limits: z
      .object({
        maxFileBytes: z
          .number()
          .int()
          .min(1)
          .max(16 * 1024 * 1024)
          .optional()
          .describe(
            'Files larger than this many bytes are reported (input/limits) and never parsed. Default 5242880 (5 MB), at most 16 MB.',
          ),
        maxDepth: z
          .number()
          .int()
          .min(1)
          .max(1000)
          .optional()
          .describe('Deepest JSON/YAML nesting read. Default 200, at most 1000.'),
        maxAliases: z
          .number()
          .int()
          .min(0)
          .max(100_000)
          .optional()
          .describe('YAML aliases (*name) per file. Default 1000.'),
        maxNodes: z
          .number()
          .int()
          .min(1)
          .max(5_000_000)
          .optional()
          .describe('JSON/YAML nodes per file, aliases expanded. Default 500000.'),
        maxFindingsPerFile: z
          .number()
          .int()
          .min(1)
          .max(1_000_000)
          .optional()
          .describe(
            'Findings reported per file, errors first; one input/limits info finding says how many more there were. Default 1000 in the editor, no limit in the CLI.',
          ),
      })
      .optional()
      .describe('Input limits: a file over one is reported as input/limits instead of being parsed.'),
    code: z
      .object({
        whatsapp: z
          .array(z.string())
          .default([])
          .describe('Globs of code files that are WhatsApp bots even though no WhatsApp library is visible in them.'),
      })
      .optional()
      .describe('Bots written in code (TypeScript, JavaScript, Python).'),
    suppressions: z
      .array(
        z.object({
          rule: z.string(),
          files: z.array(z.string()).min(1),
          reason: z.string().min(1, 'a suppression needs a reason'),
        }),
      )
      .default([])
      .describe('Rule suppressions for files that cannot hold comments (JSON); every entry needs a reason.'),
  })
  .strict();

export type Config = z.infer<typeof ConfigSchema>;
