import { issueRule } from '../issueRule';

export default issueRule({
  id: 'internal/error',
  defaultLevel: 'error',
  summary:
    'The linter failed on this file (a bug in wa-policy-lint); the file was not fully checked, every other file still was.',
  why: 'This is a bug in wa-policy-lint, isolated to this file so the other files and rules still report. Please report it with the file.',
  howToFix: 'Report the bug; until it is fixed, review this file by hand.',
});
