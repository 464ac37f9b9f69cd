import type { Config } from '../model/config';
import { clause, clauses } from '../policy/clauses';
import policiesYaml from '../../../schemas/policies.yaml';
import type { Finding } from '../service/findings';
import { inline, type Block, type Inline } from './doc';
import { botFacts, clip, fmtPlace, HUMAN_CLAUSE, OPEN_CLAUSE, type BotFacts } from './facts';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { flowDiagram } from './mermaid';
import type { ReportBot, ReportOptions } from './types';

export type { ReportBot, ReportOptions, ReportSuppression } from './types';

const TITLE = 'WhatsApp AI policy compliance report';

/**
 * The compliance report for a reviewer (a Business Solution Provider, a legal or trust team): per bot its
 * format and files, entry points, every LLM user messages reach with its verdict, the human paths, the
 * provider, markets and data use, findings, suppressions, a Mermaid diagram of each flow, and the clauses
 * with their dates and verification status. Pure: Markdown (GitHub, VS Code preview) or one HTML file.
 */
export function buildReport(results: ReportBot[], config: Config, opts: ReportOptions): string {
  const blocks = reportBlocks(results, config, opts);
  const title = opts.title ?? TITLE;
  return opts.format === 'html' ? renderHtml(title, blocks) : renderMarkdown(blocks);
}

export function reportBlocks(results: ReportBot[], config: Config, opts: ReportOptions): Block[] {
  const date = (opts.date ?? new Date()).toISOString().replace(/\.\d+Z$/, 'Z');
  const bots = [...results].sort((a, b) => a.file.localeCompare(b.file));
  const facts = new Map(bots.map((b) => [b, botFacts(b.model, b.config ?? config, opts)]));
  const all = bots.flatMap((b) => b.findings);
  const count = (sev: Finding['severity']) => all.filter((f) => f.severity === sev).length;
  const out: Block[] = [
    { type: 'heading', level: 1, text: opts.title ?? TITLE },
    { type: 'para', parts: [`Made ${date} by wa-policy-lint ${opts.toolVersion}, policy clauses ${policyVersion()}.`] },
    {
      type: 'table',
      head: ['Bot', 'Format', 'LLMs reached', 'Open-domain', 'Human path', 'Errors', 'Warnings'],
      rows: bots.map((b) => {
        const f = facts.get(b)!;
        const open = f.llms.filter((l) => l.verdict !== 'scoped').length;
        return [
          [{ link: b.file, href: `#${anchor(b.file)}` }],
          [b.kind],
          [String(f.llms.length)],
          [open ? { strong: String(open) } : '0'],
          [f.humans.length ? 'yes' : { strong: 'none found' }],
          [String(b.findings.filter((x) => x.severity === 'error').length)],
          [String(b.findings.filter((x) => x.severity === 'warning').length)],
        ];
      }),
    },
    {
      type: 'para',
      parts: [
        `${bots.length} bot${bots.length === 1 ? '' : 's'}; ${count('error')} errors, ${count('warning')} warnings, ${count('info')} infos.`,
      ],
    },
    ...deployment(config),
  ];
  for (const b of bots) out.push(...botSection(b, facts.get(b)!, config, opts));
  out.push(...clauseSection(all));
  return out;
}

function deployment(config: Config): Block[] {
  const p = config.provider;
  const data = p
    ? p.trainsOnInputs === true
      ? 'the provider may train on conversations'
      : p.trainsOnInputs === false
        ? 'the provider does not train on conversations'
        : 'training on conversations: not stated'
    : 'not stated';
  return [
    { type: 'heading', level: 2, text: 'Deployment (from .wa-policy.yaml)' },
    {
      type: 'list',
      items: [
        [
          'Business: ',
          config.business?.name
            ? `${config.business.name}${config.business.purpose ? ` — ${config.business.purpose}` : ''}`
            : 'not stated',
        ],
        ['Topics: ', config.business?.topics.length ? config.business.topics.join(', ') : 'not stated'],
        ['Model provider: ', p ? `${p.name}${p.tier ? `, ${p.tier} tier` : ''}` : 'not stated'],
        ['Markets: ', config.markets.length ? config.markets.join(', ') : 'not stated'],
        ['Data use: ', `${data}${p?.exclusiveFineTune ? '; fine-tunes a model used by this business only' : ''}`],
      ],
    },
  ];
}

function botSection(b: ReportBot, f: BotFacts, config: Config, opts: ReportOptions): Block[] {
  const out: Block[] = [{ type: 'heading', level: 2, text: b.file, id: anchor(b.file) }];
  out.push({
    type: 'list',
    items: [
      ['Format: ', { code: b.kind }],
      ['Files: ', ...join(b.files.map((x) => ({ code: x })))],
      ['Models named in the files: ', f.models.length ? f.models.join(', ') : 'none'],
    ],
  });
  if (b.config && b.config !== config)
    out.push({
      type: 'para',
      parts: [
        'Configuration: ',
        { code: b.configFile ?? '.wa-policy.yaml' },
        ` — provider ${b.config.provider?.name ?? 'not stated'}, markets ${b.config.markets.join(', ') || 'not stated'}.`,
      ],
    });
  out.push(
    { type: 'heading', level: 3, text: 'Entry points' },
    {
      type: 'list',
      items: f.entryPoints.length
        ? f.entryPoints.map((e) => [{ strong: e.label }, `: ${e.detail}`])
        : [['No trigger found: nothing in the files receives user messages.']],
    },
  );
  out.push(...reachBlocks(f));
  if (b.model.flow) {
    const d = flowDiagram(b.model.flow, f);
    out.push(
      { type: 'heading', level: 3, text: 'Flow' },
      { type: 'mermaid', source: d.source, label: `Flow of ${b.file}`, paths: d.paths },
    );
  }
  out.push(...findingBlocks(b, opts));
  return out;
}

/** The LLMs user messages reach, with their verdicts, and the paths to a human. */
function reachBlocks(f: BotFacts): Block[] {
  const out: Block[] = [{ type: 'heading', level: 3, text: 'LLMs user messages reach' }];
  out.push(
    f.llms.length
      ? {
          type: 'table',
          head: ['LLM', 'Where', 'Verdict', 'Deciding clause and reason'],
          rows: f.llms.map((l) => [
            [l.label],
            [{ code: fmtPlace(l.place) }],
            [l.verdict === 'scoped' ? 'scoped' : { strong: l.verdict }],
            [...(l.clause ? [{ code: l.clause }, ': '] : []), ...inline(clip(l.deciding, 200))],
          ]),
        }
      : { type: 'para', parts: ['None: no LLM is reachable from user messages.'] },
  );
  out.push({ type: 'heading', level: 3, text: 'Paths to a human' });
  out.push(
    f.humans.length
      ? {
          type: 'list',
          items: f.humans.map((h) => [
            { strong: h.label },
            ` (${fmtPlace(h.place)}): ${h.how}${h.path.length ? `; path: ${h.path.join(' → ')}` : ''}`,
          ]),
        }
      : {
          type: 'para',
          parts: [
            { strong: 'None found.' },
            ' Nobody can reach a person from this bot (',
            { code: HUMAN_CLAUSE },
            ').',
          ],
        },
  );
  return out;
}

/** The bot's findings and the suppressions that apply to it. */
function findingBlocks(b: ReportBot, opts: ReportOptions): Block[] {
  const out: Block[] = [{ type: 'heading', level: 3, text: 'Findings' }];
  out.push(
    b.findings.length
      ? {
          type: 'table',
          head: ['Severity', 'Rule', 'Where', 'Message', 'Clause'],
          rows: b.findings.map((x) => [
            [x.severity],
            [{ code: x.rule }],
            [where(x, opts)],
            [clip(x.message, 240)],
            [x.clause ? { code: x.clause } : '–'],
          ]),
        }
      : { type: 'para', parts: ['No findings.'] },
  );
  out.push({ type: 'heading', level: 3, text: 'Suppressions' });
  out.push(
    b.suppressions.length
      ? {
          type: 'list',
          items: b.suppressions.map((s) => [
            { code: s.line ? `${s.file}:${s.line}` : s.file },
            ` ${s.source === 'config' ? `config entry for ${s.files?.join(', ')}` : 'comment'}: `,
            ...join(s.rules.map((r) => ({ code: r }))),
            ' — ',
            s.reason ? s.reason : { strong: 'no reason given' },
          ]),
        }
      : { type: 'para', parts: ['None.'] },
  );
  return out;
}

function clauseSection(findings: Finding[]): Block[] {
  const cited = new Set([OPEN_CLAUSE, HUMAN_CLAUSE, ...findings.map((f) => f.clause).filter((c): c is string => !!c)]);
  const rows = [...cited].flatMap((id) => {
    const c = clause(id);
    return c
      ? [
          [
            [{ code: c.id }],
            [c.title],
            [c.effective ?? 'in force'],
            [
              c.verified === 'primary'
                ? "verified on the issuer's page"
                : 'secondary source only (press or provider docs)',
            ],
            [{ link: 'source', href: c.source }],
          ] as Inline[][],
        ]
      : [];
  });
  return [
    { type: 'heading', level: 2, text: 'Clauses cited' },
    { type: 'table', head: ['Clause', 'Title', 'Effective', 'Text verified', 'Source'], rows },
  ];
}

/** A finding's file:line, linked when the caller can open it (the editor's preview). */
function where(x: Finding, opts: ReportOptions): Inline {
  const line = x.range.start.line + 1;
  const text = `${opts.relative(x.uri)}:${line}`;
  return opts.linkTo ? { link: text, href: opts.linkTo(x.uri, line) } : { code: text };
}

const join = (parts: Inline[]): Inline[] => parts.flatMap((p, i) => (i ? [', ', p] : [p]));

/** GitHub-style heading anchor. */
export function anchor(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/** `<n> clauses, <hash>`: identifies the clause set shipped (schemas/policies.yaml) without a version field to keep. */
export function policyVersion(): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < policiesYaml.length; i++) h = Math.imul(h ^ policiesYaml.charCodeAt(i), 0x01000193) >>> 0;
  return `${clauses().size} clauses, fnv1a ${h.toString(16).padStart(8, '0')}`;
}
