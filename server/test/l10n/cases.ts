/**
 * In-memory inputs for the rules no file under test-fixtures/ trips, so that every rule's findings are
 * checked against the catalogs (catalog.test.ts fails when a rule is in neither set).
 */
export const SCOPED = [
  'You are the assistant of Casa Rosa, a restaurant in Lisbon.',
  'Only answer questions about table bookings and the menu; politely decline anything else.',
  'If the customer asks for a person, tell them to call +351 21 123 4567.',
].join('\n');

export const RULE_CASES: Record<string, Record<string, string>> = {
  'data/trains-on-conversations': {
    'a.prompt': `---\nmodel: googleai/gemini-2.0-flash\n---\n${SCOPED}\n`,
    '.wa-policy.yaml': 'provider:\n  name: google\n  tier: free\n',
  },
  'prompt/unsupported-language': {
    'p/a.system.md':
      'Jūs esate kepyklos „Mažoji duona“ asistentas. Atsakykite tik į klausimus apie užsakymus ir darbo laiką. Telefonas: +370 612 34567.',
  },
  'input/unreadable': { 'a.prompt.yml': 'messages:\n  - role: system\n    content: "unterminated\n' },
  'input/limits': {
    'studio-flow.json': `{"initial_state":"Trigger","states":[{"name":"Trigger","type":"trigger"}],"x":${'['.repeat(300)}${']'.repeat(300)}}`,
  },
  'input/duplicate-key': {
    'a.prompt.yml':
      'messages:\n  - role: system\n    content: You book tables at Casa Rosa.\nmessages:\n  - role: system\n    content: You book tables at Casa Rosa only.\n',
  },
};

/** Rules whose findings come from a crash or a CLI step, checked on their own in ruleCases.test.ts. */
export const CHECKED_APART = ['internal/error'];
