import { issueRule } from '../issueRule';

export default issueRule({
  id: 'input/duplicate-key',
  defaultLevel: 'warning',
  summary:
    'A key appears twice in one JSON object or YAML mapping; like the platforms, the linter reads the last one, and the earlier entry is ignored.',
  why: 'Readers disagree on repeated keys (some keep the first, most the last); what you read here may not be what the platform runs.',
  howToFix: 'Remove or merge the repeated key.',
});
