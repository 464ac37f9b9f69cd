import type { Config } from '../model/config';
import { clause, clauses } from '../policy/clauses';
import policiesYaml from '../../../schemas/policies.yaml';
import type { Finding } from '../service/findings';
import { inline, type Block, type Inline } from './doc';
import { botFacts, clip, fmtPlace, HUMAN_CLAUSE, OPEN_CLAUSE, type BotFacts } from './facts';
import { t, type MessageArgs } from '../l10n';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { flowDiagram } from './mermaid';
import type { ReportBot, ReportOptions } from './types';

export type { ReportBot, ReportOptions, ReportSuppression } from './types';

/** A report text in the report's locale (`report.*` keys of the server catalogs; English by default). */
type Tr = (key: string, args?: MessageArgs) => string;
const translator =
  (opts: ReportOptions): Tr =>
  (key, args) =>
    t(opts.locale ?? 'en', `report.${key}`, args);

/**
 * The compliance report for a reviewer (a Business Solution Provider, a legal or trust team): per bot its
 * format and files, entry points, every LLM user messages reach with its verdict, the human paths, the
 * provider, markets and data use, findings, suppressions, a Mermaid diagram of each flow, and the clauses
 * with their dates and verification status. Pure: Markdown (GitHub, VS Code preview) or one HTML file.
 */
export function buildReport(results: ReportBot[], config: Config, opts: ReportOptions): string {
  const blocks = reportBlocks(results, config, opts);
  const title = opts.title ?? translator(opts)('title');
  return opts.format === 'html' ? renderHtml(title, blocks, opts.locale ?? 'en') : renderMarkdown(blocks);
}

export function reportBlocks(results: ReportBot[], config: Config, opts: ReportOptions): Block[] {
  const date = (opts.date ?? new Date()).toISOString().replace(/\.\d+Z$/, 'Z');
  const bots = [...results].sort((a, b) => a.file.localeCompare(b.file));
  const facts = new Map(bots.map((b) => [b, botFacts(b.model, b.config ?? config, opts)]));
  const all = bots.flatMap((b) => b.findings);
  const count = (sev: Finding['severity']) => all.filter((f) => f.severity === sev).length;
  const tr = translator(opts);
  const out: Block[] = [
    { type: 'heading', level: 1, text: opts.title ?? tr('title') },
    { type: 'para', parts: [tr('made', { date, version: opts.toolVersion, policy: policyVersion() })] },
    {
      type: 'table',
      head: ['bot', 'format', 'llmsReached', 'openDomain', 'humanPath', 'errors', 'warnings'].map((c) =>
        tr(`col.${c}`),
      ),
      rows: bots.map((b) => {
        const f = facts.get(b)!;
        const open = f.llms.filter((l) => l.verdict !== 'scoped').length;
        return [
          [{ link: b.file, href: `#${anchor(b.file)}` }],
          [b.kind],
          [String(f.llms.length)],
          [open ? { strong: String(open) } : '0'],
          [f.humans.length ? tr('yes') : { strong: tr('noneFound') }],
          [String(b.findings.filter((x) => x.severity === 'error').length)],
          [String(b.findings.filter((x) => x.severity === 'warning').length)],
        ];
      }),
    },
    {
      type: 'para',
      parts: [
        tr(bots.length === 1 ? 'totals.oneBot' : 'totals', {
          bots: bots.length,
          errors: count('error'),
          warnings: count('warning'),
          infos: count('info'),
        }),
      ],
    },
    ...deployment(config, tr),
  ];
  for (const b of bots) out.push(...botSection(b, facts.get(b)!, config, opts));
  out.push(...clauseSection(all, tr));
  return out;
}

function deployment(config: Config, tr: Tr): Block[] {
  const p = config.provider;
  const unstated = tr('notStated');
  const data = p
    ? tr(p.trainsOnInputs === true ? 'data.trains' : p.trainsOnInputs === false ? 'data.noTrain' : 'data.unstated')
    : unstated;
  const business = config.business?.name
    ? `${config.business.name}${config.business.purpose ? ` — ${config.business.purpose}` : ''}`
    : unstated;
  return [
    { type: 'heading', level: 2, text: tr('deployment', { file: '.wa-policy.yaml' }) },
    {
      type: 'list',
      items: [
        [`${tr('business')}: `, business],
        [`${tr('topics')}: `, config.business?.topics.length ? config.business.topics.join(', ') : unstated],
        [`${tr('provider')}: `, p ? `${p.name}${p.tier ? `, ${tr('tier', { tier: p.tier })}` : ''}` : unstated],
        [`${tr('markets')}: `, config.markets.length ? config.markets.join(', ') : unstated],
        [`${tr('dataUse')}: `, `${data}${p?.exclusiveFineTune ? `; ${tr('exclusiveFineTune')}` : ''}`],
      ],
    },
  ];
}

function botSection(b: ReportBot, f: BotFacts, config: Config, opts: ReportOptions): Block[] {
  const tr = translator(opts);
  const out: Block[] = [{ type: 'heading', level: 2, text: b.file, id: anchor(b.file) }];
  out.push({
    type: 'list',
    items: [
      [`${tr('col.format')}: `, { code: b.kind }],
      [`${tr('files')}: `, ...join(b.files.map((x) => ({ code: x })))],
      [`${tr('modelsNamed')}: `, f.models.length ? f.models.join(', ') : tr('none')],
    ],
  });
  if (b.config && b.config !== config) {
    const provider = b.config.provider?.name ?? tr('notStated');
    const markets = b.config.markets.join(', ') || tr('notStated');
    out.push({
      type: 'para',
      parts: [
        `${tr('configuration')}: `,
        { code: b.configFile ?? '.wa-policy.yaml' },
        ` — ${tr('botConfig', { provider, markets })}.`,
      ],
    });
  }
  out.push(
    { type: 'heading', level: 3, text: tr('entryPoints') },
    {
      type: 'list',
      items: f.entryPoints.length
        ? f.entryPoints.map((e) => [{ strong: e.label }, `: ${e.detail}`])
        : [[tr('noTrigger')]],
    },
  );
  out.push(...reachBlocks(f, tr));
  if (b.model.flow) {
    const d = flowDiagram(b.model.flow, f, { open: tr('mark.open'), human: tr('mark.human'), llm: tr('mark.llm') });
    const paths = d.paths.map((p) => ({ kind: tr(`path.${p.kind}`), steps: p.steps }));
    out.push(
      { type: 'heading', level: 3, text: tr('flow') },
      { type: 'mermaid', source: d.source, label: tr('flowOf', { file: b.file }), paths },
    );
  }
  out.push(...findingBlocks(b, opts, tr));
  return out;
}

/** The LLMs user messages reach, with their verdicts, and the paths to a human. */
function reachBlocks(f: BotFacts, tr: Tr): Block[] {
  const out: Block[] = [{ type: 'heading', level: 3, text: tr('llmsReach') }];
  out.push(
    f.llms.length
      ? {
          type: 'table',
          head: ['llm', 'where', 'verdict', 'deciding'].map((c) => tr(`col.${c}`)),
          rows: f.llms.map((l) => [
            [l.label],
            [{ code: fmtPlace(l.place) }],
            [l.verdict === 'scoped' ? tr('verdict.scoped') : { strong: tr(`verdict.${VERDICT_KEY[l.verdict]}`) }],
            [...(l.clause ? [{ code: l.clause }, ': '] : []), ...inline(clip(l.deciding, 200))],
          ]),
        }
      : { type: 'para', parts: [tr('noLlm')] },
  );
  out.push({ type: 'heading', level: 3, text: tr('humanPaths') });
  out.push(
    f.humans.length
      ? {
          type: 'list',
          items: f.humans.map((h) => [
            { strong: h.label },
            ` (${fmtPlace(h.place)}): ${h.how}${h.path.length ? `; ${tr('path')}: ${h.path.join(' → ')}` : ''}`,
          ]),
        }
      : {
          type: 'para',
          parts: [{ strong: tr('noHuman') }, ' ', ...inline(tr('noHumanWhy', { clause: `\`${HUMAN_CLAUSE}\`` }))],
        },
  );
  return out;
}

/** The bot's findings and the suppressions that apply to it. */
function findingBlocks(b: ReportBot, opts: ReportOptions, tr: Tr): Block[] {
  const out: Block[] = [{ type: 'heading', level: 3, text: tr('findings') }];
  out.push(
    b.findings.length
      ? {
          type: 'table',
          head: ['severity', 'rule', 'where', 'message', 'clause'].map((c) => tr(`col.${c}`)),
          rows: b.findings.map((x) => [
            [tr(`severity.${x.severity}`)],
            [{ code: x.rule }],
            [where(x, opts)],
            [clip(x.message, 240)],
            [x.clause ? { code: x.clause } : '–'],
          ]),
        }
      : { type: 'para', parts: [tr('noFindings')] },
  );
  out.push({ type: 'heading', level: 3, text: tr('suppressions') });
  out.push(
    b.suppressions.length
      ? {
          type: 'list',
          items: b.suppressions.map((s) => [
            { code: s.line ? `${s.file}:${s.line}` : s.file },
            ` ${s.source === 'config' ? tr('configEntry', { files: s.files?.join(', ') ?? '' }) : tr('comment')}: `,
            ...join(s.rules.map((r) => ({ code: r }))),
            ' — ',
            s.reason ? s.reason : { strong: tr('noReason') },
          ]),
        }
      : { type: 'para', parts: [tr('noneDot')] },
  );
  return out;
}

function clauseSection(findings: Finding[], tr: Tr): Block[] {
  const cited = new Set([OPEN_CLAUSE, HUMAN_CLAUSE, ...findings.map((f) => f.clause).filter((c): c is string => !!c)]);
  const rows = [...cited].flatMap((id) => {
    const c = clause(id);
    return c
      ? [
          [
            [{ code: c.id }],
            [c.title],
            [c.effective ?? tr('inForce')],
            [tr(c.verified === 'primary' ? 'verifiedPrimary' : 'verifiedSecondary')],
            [{ link: tr('source'), href: c.source }],
          ] as Inline[][],
        ]
      : [];
  });
  return [
    { type: 'heading', level: 2, text: tr('clausesCited') },
    { type: 'table', head: ['clause', 'title', 'effective', 'verified', 'source'].map((c) => tr(`col.${c}`)), rows },
  ];
}

/** A finding's file:line, linked when the caller can open it (the editor's preview). */
function where(x: Finding, opts: ReportOptions): Inline {
  const line = x.range.start.line + 1;
  const text = `${opts.relative(x.uri)}:${line}`;
  return opts.linkTo ? { link: text, href: opts.linkTo(x.uri, line) } : { code: text };
}

const VERDICT_KEY = {
  'open-domain': 'openDomain',
  scoped: 'scoped',
  'no prompt': 'noPrompt',
  hidden: 'hidden',
} as const;

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
