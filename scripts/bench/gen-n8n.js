'use strict';
// Deterministic generator of a large, realistic n8n WhatsApp workflow (pretty-printed JSON with
// an exact number of lines), and of realistic edits to it.
const { rng: makeRng } = require('./stats');
const { generatePrompt, BUSINESSES } = require('./gen-prompt');

const DEPARTMENTS = [
  'Orders',
  'Deliveries',
  'Billing',
  'Returns',
  'Appointments',
  'Technical Support',
  'Loyalty Club',
  'Store Info',
  'Warranty',
  'Subscriptions',
  'Repairs',
  'Gift Cards',
];
const KEYWORDS = [
  'order',
  'delivery',
  'invoice',
  'return',
  'appointment',
  'router',
  'points',
  'hours',
  'warranty',
  'subscription',
  'repair',
  'voucher',
];

/**
 * @param {object} o
 * @param {number} [o.lines=3000] exact number of lines of the pretty-printed JSON
 * @param {number} [o.seed=11]
 * @param {boolean} [o.openAgent=true] one catch-all agent with a generic system message
 * @returns {string}
 */
function generateN8n(o = {}) {
  const target = o.lines || 3000;
  const r = makeRng(o.seed || 11);
  const nodes = [];
  const connections = {};
  const creds = {
    wa: { id: r.hex(16), name: 'WhatsApp account' },
    waTrig: { id: r.hex(16), name: 'WhatsApp OAuth account' },
    openai: { id: r.hex(16), name: 'OpenAi account' },
    slack: { id: r.hex(16), name: 'Slack bot' },
    sheets: { id: r.hex(16), name: 'Google Sheets account' },
  };
  const phoneId = String(100000000000000 + r.int(899999999999999)).slice(0, 15);
  const waId = "={{ $('WhatsApp Trigger').item.json.contacts[0].wa_id }}";
  let x = 0;
  const node = (name, type, typeVersion, parameters, extra = {}) => {
    const n = { parameters, id: r.uuid(), name, type, typeVersion, position: [x, 200 + r.int(12) * 60], ...extra };
    x += 220;
    nodes.push(n);
    return n;
  };
  const connect = (from, to, type = 'main', output = 0) => {
    connections[from] = connections[from] || {};
    const outs = (connections[from][type] = connections[from][type] || []);
    while (outs.length <= output) outs.push([]);
    outs[output].push({ node: to, type, index: 0 });
  };
  const ifNode = (name, left, op, right) =>
    node(name, 'n8n-nodes-base.if', 2, {
      conditions: {
        options: { caseSensitive: false, leftValue: '', typeValidation: 'loose' },
        conditions: [{ id: r.uuid(), leftValue: left, rightValue: right, operator: { type: 'string', operation: op } }],
        combinator: 'and',
      },
      looseTypeValidation: true,
      options: {},
    });

  node(
    'WhatsApp Trigger',
    'n8n-nodes-base.whatsAppTrigger',
    1,
    { updates: ['messages'] },
    {
      credentials: { whatsAppTriggerApi: creds.waTrig },
      webhookId: r.uuid(),
    },
  );
  ifNode('Is Text Message?', '={{ $json.messages[0].type }}', 'equals', 'text');
  connect('WhatsApp Trigger', 'Is Text Message?');
  node(
    'Ask For Text',
    'n8n-nodes-base.whatsApp',
    1,
    {
      operation: 'send',
      phoneNumberId: phoneId,
      recipientPhoneNumber: waId,
      textBody: 'Sorry, I can only read text messages for now. Please type your question 🙂',
      additionalFields: {},
    },
    { credentials: { whatsAppApi: creds.wa } },
  );
  connect('Is Text Message?', 'Ask For Text', 'main', 1);

  const switchRules = [];
  let fallbackNode = null;
  node('Route by Topic', 'n8n-nodes-base.switch', 3.2, {
    rules: { values: switchRules },
    options: { fallbackOutput: 'extra' },
  });
  connect('Is Text Message?', 'Route by Topic');

  const branch = (i, generic) => {
    const dept = generic
      ? 'General'
      : DEPARTMENTS[i % DEPARTMENTS.length] +
        (i >= DEPARTMENTS.length ? ` ${Math.floor(i / DEPARTMENTS.length) + 1}` : '');
    if (!generic) {
      switchRules.push({
        conditions: {
          options: { caseSensitive: false, leftValue: '', typeValidation: 'strict' },
          conditions: [
            {
              leftValue: '={{ $json.messages[0].text.body }}',
              rightValue: KEYWORDS[i % KEYWORDS.length],
              operator: { type: 'string', operation: 'contains' },
            },
          ],
          combinator: 'and',
        },
        renameOutput: true,
        outputKey: dept,
      });
    }
    const out = generic ? null : switchRules.length - 1;
    const prep = node(`Prepare Context (${dept})`, 'n8n-nodes-base.set', 3.4, {
      assignments: {
        assignments: [
          { id: r.uuid(), name: 'customerPhone', value: '={{ $json.contacts[0].wa_id }}', type: 'string' },
          { id: r.uuid(), name: 'customerName', value: '={{ $json.contacts[0].profile.name }}', type: 'string' },
          { id: r.uuid(), name: 'message', value: '={{ $json.messages[0].text.body }}', type: 'string' },
          { id: r.uuid(), name: 'department', value: dept, type: 'string' },
        ],
      },
      options: {},
    });
    if (generic) fallbackNode = prep.name;
    else connect('Route by Topic', prep.name, 'main', out);
    const lookup = node(
      `Lookup Customer (${dept})`,
      'n8n-nodes-base.httpRequest',
      4.2,
      {
        url: `=https://crm.example-shop.internal/api/v2/customers/{{ $json.customerPhone }}/${dept.toLowerCase().replace(/\s+/g, '-')}`,
        authentication: 'genericCredentialType',
        genericAuthType: 'httpHeaderAuth',
        options: { timeout: 5000 },
      },
      { credentials: { httpHeaderAuth: { id: r.hex(16), name: 'CRM API key' } } },
    );
    connect(prep.name, lookup.name);
    let sys;
    if (generic) {
      sys =
        "=You are a friendly, knowledgeable AI assistant that people chat with on WhatsApp.\nYour purpose is to understand each message and give a helpful, accurate answer, whatever the user asks about.\nKeep replies concise and conversational so they are easy to read on a phone.\nToday's date is {{ $now.toFormat('cccc, d LLLL yyyy') }}.";
    } else {
      sys = `=${generatePrompt({ lines: 36 + r.int(20), seed: 100 + i, business: i % BUSINESSES.length }).trim()}\n\nDepartment: ${dept}. Customer record: {{ JSON.stringify($json) }}`;
    }
    const agent = node(`${dept} Agent`, '@n8n/n8n-nodes-langchain.agent', 1.7, {
      promptType: 'define',
      text: `={{ $('Prepare Context (${dept})').item.json.message }}`,
      options: { systemMessage: sys, maxIterations: 5 },
    });
    connect(lookup.name, agent.name);
    const useOllama = r.chance(0.25);
    const model = useOllama
      ? node(
          `Ollama Chat Model (${dept})`,
          '@n8n/n8n-nodes-langchain.lmChatOllama',
          1,
          { model: 'llama3.1:8b', options: { temperature: 0.2 } },
          { credentials: { ollamaApi: { id: r.hex(16), name: 'Ollama local' } } },
        )
      : node(
          `OpenAI Chat Model (${dept})`,
          '@n8n/n8n-nodes-langchain.lmChatOpenAi',
          1.2,
          {
            model: {
              __rl: true,
              value: r.pick(['gpt-4o-mini', 'gpt-4o', 'gpt-4.1-mini']),
              mode: 'list',
              cachedResultName: 'gpt-4o-mini',
            },
            options: { temperature: Number((0.1 + r.int(8) / 10).toFixed(1)) },
          },
          { credentials: { openAiApi: creds.openai } },
        );
    connect(model.name, agent.name, 'ai_languageModel');
    const mem = node(`Window Buffer Memory (${dept})`, '@n8n/n8n-nodes-langchain.memoryBufferWindow', 1.3, {
      sessionIdType: 'customKey',
      sessionKey: waId,
      contextWindowLength: 6 + r.int(10),
    });
    connect(mem.name, agent.name, 'ai_memory');
    const handoff = ifNode(`Needs Human? (${dept})`, '={{ $json.output }}', 'contains', '[HANDOFF]');
    connect(agent.name, handoff.name);
    const slack = node(
      `Notify Team (${dept})`,
      'n8n-nodes-base.slack',
      2.2,
      {
        select: 'channel',
        channelId: {
          __rl: true,
          value: `C0${r.hex(8).toUpperCase()}`,
          mode: 'list',
          cachedResultName: `#wa-${dept.toLowerCase().replace(/\s+/g, '-')}`,
        },
        text: `=:wave: WhatsApp customer {{ $('Prepare Context (${dept})').item.json.customerName }} needs a person (${dept}).\nLast message: {{ $('Prepare Context (${dept})').item.json.message }}`,
        otherOptions: {},
      },
      { credentials: { slackApi: creds.slack } },
    );
    connect(handoff.name, slack.name, 'main', 0);
    const fmt = node(`Format Reply (${dept})`, 'n8n-nodes-base.code', 2, {
      jsCode:
        "const out = $input.first().json.output || '';\nreturn [{ json: { text: out.replace('[HANDOFF]', '').trim().slice(0, 4000) } }];",
    });
    connect(handoff.name, fmt.name, 'main', 1);
    const send = node(
      `Send Reply (${dept})`,
      'n8n-nodes-base.whatsApp',
      1,
      {
        operation: 'send',
        phoneNumberId: phoneId,
        recipientPhoneNumber: waId,
        textBody: '={{ $json.text }}',
        additionalFields: {},
      },
      { credentials: { whatsAppApi: creds.wa } },
    );
    connect(fmt.name, send.name);
    const log = node(
      `Log Conversation (${dept})`,
      'n8n-nodes-base.googleSheets',
      4.5,
      {
        operation: 'append',
        documentId: { __rl: true, value: r.hex(22), mode: 'list', cachedResultName: 'WhatsApp log' },
        sheetName: { __rl: true, value: 'gid=0', mode: 'list', cachedResultName: dept },
        columns: { mappingMode: 'autoMapInputData', value: {}, matchingColumns: [], schema: [] },
        options: {},
      },
      { credentials: { googleSheetsOAuth2Api: creds.sheets } },
    );
    connect(send.name, log.name);
  };

  const withFallback = () => {
    // The Switch's fallback output comes after its last rule.
    if (!fallbackNode) return connections;
    const c = JSON.parse(JSON.stringify(connections));
    c['Route by Topic'] = c['Route by Topic'] || { main: [] };
    const outs = c['Route by Topic'].main;
    while (outs.length < switchRules.length + 1) outs.push([]);
    outs[switchRules.length] = [{ node: fallbackNode, type: 'main', index: 0 }];
    return c;
  };
  const build = () =>
    JSON.stringify(
      {
        name: 'Example Shop – WhatsApp customer service',
        nodes,
        pinData: {},
        connections: withFallback(),
        active: false,
        settings: { executionOrder: 'v1' },
        versionId: '70e56206-f2a4-529d-8ae4-7bd049eee859',
        meta: {
          templateCredsShared: true,
          instanceId: '15af98c88c2c9958da3bb3cc4f3e7ddabc9c6a54baba5b57bf15f8761fce82ca',
        },
        tags: [],
      },
      null,
      2,
    );
  const lineCount = (s) => s.split('\n').length;

  if (o.openAgent !== false) branch(0, true);
  let i = 0;
  let json;
  for (;;) {
    const snapshot = { nodes: nodes.length, rules: switchRules.length, conn: JSON.stringify(connections), x };
    branch(i, false);
    json = build();
    if (lineCount(json) > target) {
      nodes.length = snapshot.nodes;
      switchRules.length = snapshot.rules;
      for (const k of Object.keys(connections)) delete connections[k];
      Object.assign(connections, JSON.parse(snapshot.conn));
      x = snapshot.x;
      break;
    }
    i++;
  }
  // Pad with sticky notes (7 lines each) and then one-line "notes" on nodes.
  json = build();
  let k = 0;
  while (target - lineCount(json) >= 12) {
    nodes.push({
      parameters: {
        content: `## ${DEPARTMENTS[k % DEPARTMENTS.length]}\nOwner: customer-service team. Review the prompt every quarter.`,
        height: 240,
        width: 420,
      },
      id: r.uuid(),
      name: `Sticky Note ${++k}`,
      type: 'n8n-nodes-base.stickyNote',
      typeVersion: 1,
      position: [k * 440, -300],
    });
    json = build();
  }
  let ni = 1;
  while (lineCount(json) < target && ni < nodes.length) {
    nodes[ni].notes = `Reviewed ${2024 + (ni % 2)}-0${1 + (ni % 9)}-1${ni % 10} by ops.`;
    ni++;
    json = build();
  }
  return json + '\n';
}

/**
 * Realistic edit sites: type a word into an agent's system message (inside the JSON string),
 * change an IF node's comparison value, change a model temperature or memory window.
 */
function n8nEditSites(text) {
  const sys = [];
  const right = [];
  const nums = [];
  let off = 0;
  for (const line of text.split('\n')) {
    let m;
    if ((m = /^(\s*"systemMessage": ")(.*)",?$/.exec(line))) {
      const base = off + m[1].length;
      const v = m[2];
      for (let i = 1; i < v.length - 1; i++)
        if (v[i] === ' ' && /[a-z]/i.test(v[i - 1]) && /[a-z]/i.test(v[i + 1])) sys.push(base + i + 1);
    } else if ((m = /^(\s*"rightValue": ")([^"\\]*)",?$/.exec(line))) {
      right.push({ at: off + m[1].length, len: m[2].length });
    } else if ((m = /^(\s*"(?:temperature|contextWindowLength)": )([\d.]+),?$/.exec(line))) {
      nums.push({ at: off + m[1].length, len: m[2].length, float: m[2].includes('.') });
    }
    off += line.length + 1;
  }
  return (r) => {
    const k = r();
    if (k < 0.6 || (!right.length && !nums.length)) {
      return {
        keystrokes: true,
        apply: {
          offset: r.pick(sys),
          deleteLen: 0,
          insert: `${r.pick(['always', 'politely', 'only', 'briefly', 'kindly'])} `,
        },
      };
    }
    if (k < 0.8 && right.length) {
      const s = r.pick(right);
      return {
        apply: {
          offset: s.at,
          deleteLen: s.len,
          insert: r.pick(['text', 'image', 'audio', '[HANDOFF]', '[AGENT]', 'order']),
        },
      };
    }
    const s = r.pick(nums);
    return {
      apply: { offset: s.at, deleteLen: s.len, insert: s.float ? (r.int(10) / 10).toFixed(1) : String(4 + r.int(12)) },
    };
  };
}

module.exports = { generateN8n, n8nEditSites };
