'use strict';
// Deterministic generator of a Rasa CALM project (config.yml, endpoints.yml, credentials.yml,
// domain.yml, data/flows.yml with an exact line count, data/patterns.yml), and of realistic
// edits to data/flows.yml.
const fs = require('fs');
const path = require('path');
const { rng: makeRng } = require('./stats');

const OBJECTS = [
  'order',
  'delivery',
  'invoice',
  'return',
  'appointment',
  'account',
  'card',
  'subscription',
  'address',
  'payment',
  'voucher',
  'repair',
  'warranty',
  'booking',
  'refund',
  'installation',
  'meter_reading',
  'contract',
  'pickup',
  'claim',
];
const VERBS = [
  'check',
  'change',
  'cancel',
  'report_problem_with',
  'confirm',
  'reschedule',
  'track',
  'renew',
  'explain',
];
const DESCRIPTIONS = [
  'The customer wants to {v} their {o} with Lumen Home Services.',
  'User asks to {v} an existing {o}; they usually have the reference number at hand.',
  'The customer writes on WhatsApp because they need to {v} the {o} they booked with us.',
  'Someone wants to {v} the {o} and may not know the reference; offer to look it up by phone number.',
  'Customer requests help to {v} their {o}, often after receiving a reminder message.',
];

function human(s) {
  return s.replace(/_/g, ' ');
}

/**
 * @param {string} dir project folder (created)
 * @param {object} o
 * @param {number} [o.flowLines=2500] exact number of lines of data/flows.yml
 * @param {number} [o.seed=7]
 * @param {'open'|'scoped'} [o.flavor='open'] open = pattern_chitchat answers free-form with a generic rephrase prompt
 * @param {boolean} [o.whatsapp=true]
 * @param {boolean} [o.chitchatInFlows=false] put pattern_chitchat at the end of data/flows.yml (its finding is then in that file)
 * @returns {{dir:string, files:Record<string,string>, flowsPath:string}}
 */
function generateRasaProject(dir, o = {}) {
  const target = o.flowLines || 2500;
  const r = makeRng(o.seed || 7);
  const flavor = o.flavor || 'open';
  const slots = new Set(['confirm_retry', 'customer_phone', 'handoff_reason']);
  const actions = new Set(['action_handoff_to_agent']);
  const utters = new Set(['utter_cannot_handle', 'utter_handoff_started', 'utter_ask_rephrase']);
  const flowIds = [];
  const out = ['flows:'];
  let n = 0;
  while (out.length < target) {
    const v = VERBS[n % VERBS.length];
    const obj = OBJECTS[Math.floor(n / VERBS.length) % OBJECTS.length];
    const round = Math.floor(n / (VERBS.length * OBJECTS.length));
    n++;
    const id = `${v}_${obj}${round ? `_${round + 1}` : ''}`;
    const ref = `${obj}_number`;
    const detail = `${obj}_${r.pick(['date', 'reason', 'preference', 'channel', 'note'])}`;
    slots.add(ref);
    slots.add(detail);
    const act = `action_${v}_${obj}`;
    const ok = `utter_${v}_${obj}_done`;
    const notFound = `utter_${obj}_not_found`;
    actions.add(act);
    actions.add(`action_lookup_${obj}`);
    utters.add(ok);
    utters.add(notFound);
    const f = [];
    f.push(`  ${id}:`);
    f.push(`    name: ${human(v)} ${human(obj)}${round ? ` (${round + 1})` : ''}`);
    f.push(`    description: ${r.pick(DESCRIPTIONS).replace('{v}', human(v)).replace('{o}', human(obj))}`);
    if (r.chance(0.3)) f.push('    persisted_slots:', `      - ${ref}`);
    f.push('    steps:');
    f.push(`      - collect: ${ref}`);
    f.push(
      `        description: the ${human(obj)} reference, for example ${obj.slice(0, 2).toUpperCase()}-${100000 + r.int(899999)}`,
    );
    if (r.chance(0.5)) f.push('        ask_before_filling: true');
    f.push(`      - action: action_lookup_${obj}`);
    f.push('        next:');
    f.push(`          - if: slots.${ref}_found`);
    f.push('            then:');
    f.push(`              - collect: ${detail}`);
    f.push(
      `                description: ${r.pick(['what the customer wants instead', 'the reason they give, in their words', 'the new date or time they prefer', 'which channel they want the confirmation on'])}`,
    );
    f.push(`              - action: ${act}`);
    f.push(`              - action: ${ok}`);
    f.push('                next: END');
    f.push('          - else:');
    f.push(`              - action: ${notFound}`);
    f.push(`                next: ask_retry_${n}`);
    f.push(`      - id: ask_retry_${n}`);
    f.push('        collect: confirm_retry');
    f.push('        next:');
    f.push(`          - if: slots.confirm_retry and slots.retry_count < ${2 + r.int(3)}`);
    f.push('            then:');
    f.push('              - set_slots:');
    f.push(`                  - ${ref}: null`);
    f.push(`                next: END`);
    f.push('          - else:');
    if (r.chance(0.35) && flowIds.length) {
      f.push(`              - call: ${r.pick(flowIds)}`);
      f.push('                next: END');
    } else {
      f.push('              - link: pattern_human_handoff');
    }
    f.push('');
    flowIds.push(id);
    out.push(...f);
  }
  out.length = target;
  for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = '';
  // Do not leave a half flow that ends in "next:" without a list: trim to the last blank line
  // and pad with a small complete flow made of single-line steps.
  let last = out.length - 1;
  while (last > 0 && out[last] !== '') last--;
  const pad = [];
  const padNeeded = target - (last + 1);
  const FAQ = [
    'opening_hours',
    'payment_methods',
    'delivery_areas',
    'price_list',
    'data_privacy',
    'contact_channels',
    'holiday_hours',
    'app_download',
  ];
  let fi = 0;
  while (padNeeded - pad.length >= 5) {
    const topic = FAQ[fi % FAQ.length];
    fi++;
    utters.add(`utter_faq_${topic}`);
    pad.push(
      `  faq_${topic}_${fi}:`,
      `    description: The customer asks about our ${human(topic)}.`,
      '    steps:',
      `      - action: utter_faq_${topic}`,
      '',
    );
  }
  if (padNeeded - pad.length > 0) {
    // 1-4 lines left: more action steps in the last complete flow (before its blank line).
    const extra = [];
    while (extra.length < padNeeded - pad.length) extra.push('      - action: utter_anything_else');
    utters.add('utter_anything_else');
    if (pad.length) pad.splice(pad.length - 1, 0, ...extra);
    else out.splice(last, 0, ...extra);
  }
  const chitchat = [
    '  pattern_chitchat:',
    "    description: Conversation repair flow for off-topic interactions that won't disrupt the main conversation",
    '    name: pattern chitchat',
    '    steps:',
    flavor === 'open' ? '      - action: utter_free_chitchat_response' : '      - action: utter_cannot_handle',
    '',
  ];
  const flowLines = [...out.slice(0, last + 1 + (pad.length ? 0 : padNeeded)), ...pad];
  if (o.chitchatInFlows) flowLines.push('', ...chitchat.slice(0, -1));

  const patterns = [
    'flows:',
    ...(o.chitchatInFlows ? [] : chitchat),
    '  pattern_cannot_handle:',
    '    description: Conversation repair flow for addressing failed command generation scenarios',
    '    name: pattern cannot handle',
    '    steps:',
    '      - noop: true',
    '        next:',
    '          - if: context.reason is "cannot_handle_no_relevant_answer"',
    '            then:',
    ...(flavor === 'open'
      ? ['              - link: pattern_chitchat']
      : ['              - action: utter_cannot_handle', '                next: END']),
    '          - else:',
    '              - action: utter_ask_rephrase',
    '                next: END',
    '',
    '  pattern_human_handoff:',
    "    description: Conversation repair flow for switching users to a human agent if their request can't be handled",
    '    name: pattern human handoff',
    '    steps:',
    '      - action: utter_handoff_started',
    '      - action: action_handoff_to_agent',
    '',
  ];
  const patternsText = patterns.join('\n') + '\n';

  const domain = ['version: "3.1"', '', 'slots:'];
  for (const s of slots) {
    const bool = s.endsWith('_found') || s === 'confirm_retry';
    domain.push(`  ${s}:`, `    type: ${bool ? 'bool' : 'text'}`, '    mappings:', '      - type: from_llm');
  }
  for (const obj of OBJECTS)
    domain.push(`  ${obj}_number_found:`, '    type: bool', '    mappings:', '      - type: controlled');
  domain.push('  retry_count:', '    type: float', '    initial_value: 0', '    mappings:', '      - type: controlled');
  domain.push('', 'actions:');
  for (const a of actions) domain.push(`  - ${a}`);
  domain.push('', 'responses:');
  for (const u of utters)
    domain.push(`  ${u}:`, `    - text: "${human(u.replace(/^utter_/, '')).replace(/^./, (c) => c.toUpperCase())}."`);
  for (const s of slots) domain.push(`  utter_ask_${s}:`, `    - text: "Could you tell me the ${human(s)}?"`);
  const freeChitchat = [
    '  utter_free_chitchat_response:',
    '    - text: "placeholder_this_utterance_needs_the_rephraser"',
    '      metadata:',
    '        rephrase: True',
    '        rephrase_prompt: |',
    '          You are an incredibly friendly assistant. Answer any question the user asks,',
    '          about any topic, using your general knowledge. Keep it short.',
    '          Context / previous conversation with the user:',
    '          {{history}}',
    '          {{current_input}}',
    '          Suggested AI Response:',
  ];
  if (flavor === 'open' && !o.chitchatInFlows) domain.push(...freeChitchat);
  // With chitchatInFlows, the response sits beside its flow (a data file may carry `responses:`).
  if (flavor === 'open' && o.chitchatInFlows) flowLines.push('', 'responses:', ...freeChitchat);
  const domainText = domain.join('\n') + '\n';
  const flowsText = flowLines.join('\n') + '\n';

  const files = {
    'config.yml': [
      'recipe: default.v1',
      'language: en',
      'assistant_id: lumen-home-services',
      '',
      'pipeline:',
      '  - name: CompactLLMCommandGenerator',
      '    llm:',
      '      model_group: command_llm',
      '    flow_retrieval:',
      '      embeddings:',
      '        model_group: embeddings',
      '',
      'policies:',
      '  - name: FlowPolicy',
      '  - name: EnterpriseSearchPolicy',
      '    llm:',
      '      model_group: search_llm',
      '    vector_store:',
      '      type: "faiss"',
      '      source: "./docs"',
      '    check_relevancy: true',
      '',
    ].join('\n'),
    'endpoints.yml': [
      'action_endpoint:',
      '  url: "http://rasa-actions:5055/webhook"',
      '',
      'nlg:',
      '  type: rephrase',
      '  llm:',
      '    model_group: rephrase_llm',
      '',
      'model_groups:',
      '  - id: command_llm',
      '    models:',
      '      - provider: openai',
      '        model: gpt-4o-2024-11-20',
      '        temperature: 0.0',
      '  - id: search_llm',
      '    models:',
      '      - provider: openai',
      '        model: gpt-4o-mini',
      '  - id: rephrase_llm',
      '    models:',
      '      - provider: openai',
      '        model: gpt-4o-mini',
      '        temperature: 0.7',
      '  - id: embeddings',
      '    models:',
      '      - provider: openai',
      '        model: text-embedding-3-small',
      '',
    ].join('\n'),
    'credentials.yml':
      o.whatsapp === false
        ? 'rest:\n'
        : [
            'twilio:',
            '  account_sid: "${TWILIO_ACCOUNT_SID}"',
            '  auth_token: "${TWILIO_AUTH_TOKEN}"',
            `  twilio_number: "whatsapp:+1415${String(5550000 + r.int(9999)).slice(-7)}"`,
            '',
          ].join('\n'),
    'domain.yml': domainText,
    'data/flows.yml': flowsText,
    'data/patterns.yml': patternsText,
  };
  fs.mkdirSync(path.join(dir, 'data'), { recursive: true });
  for (const [rel, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, rel), text);
  return { dir, files, flowsPath: path.join(dir, 'data/flows.yml'), slots: [...slots], utters: [...utters] };
}

/**
 * Realistic edit sites in data/flows.yml: type a word into a description, change the slot a
 * step collects, change which response an action step sends, change a threshold in a condition.
 */
function flowEditSites(text, project) {
  const sites = { desc: [], collect: [], utter: [], num: [] };
  let off = 0;
  for (const line of text.split('\n')) {
    let m;
    if ((m = /^(\s+description: )(.*)$/.exec(line))) {
      const base = off + m[1].length;
      for (let i = 1; i < m[2].length - 1; i++)
        if (m[2][i] === ' ' && /[a-z]/i.test(m[2][i + 1])) sites.desc.push(base + i + 1);
    } else if ((m = /^(\s+- collect: )([a-z_]+)$/.exec(line)) && m[2] !== 'confirm_retry') {
      sites.collect.push({ at: off + m[1].length, len: m[2].length });
    } else if ((m = /^(\s+- action: )(utter_[a-z_]+)$/.exec(line))) {
      sites.utter.push({ at: off + m[1].length, len: m[2].length });
    } else if ((m = /^(.*retry_count < )(\d+)$/.exec(line))) {
      sites.num.push({ at: off + m[1].length, len: m[2].length });
    }
    off += line.length + 1;
  }
  const slots = project.slots.filter((s) => s !== 'confirm_retry');
  const utters = project.utters;
  return (r) => {
    const k = r();
    if (k < 0.45)
      return {
        keystrokes: true,
        apply: {
          offset: r.pick(sites.desc),
          deleteLen: 0,
          insert: `${r.pick(['usually', 'often', 'again', 'urgently', 'politely'])} `,
        },
      };
    if (k < 0.7) {
      const s = r.pick(sites.collect);
      return { apply: { offset: s.at, deleteLen: s.len, insert: r.pick(slots) } };
    }
    if (k < 0.9) {
      const s = r.pick(sites.utter);
      return { apply: { offset: s.at, deleteLen: s.len, insert: r.pick(utters) } };
    }
    const s = r.pick(sites.num);
    return { apply: { offset: s.at, deleteLen: s.len, insert: String(2 + r.int(8)) } };
  };
}

module.exports = { generateRasaProject, flowEditSites };
