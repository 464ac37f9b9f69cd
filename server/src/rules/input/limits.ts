import { issueRule } from '../issueRule';

export default issueRule({
  id: 'input/limits',
  defaultLevel: 'error',
  summary:
    'The file passes an input limit (size, nesting depth, YAML aliases, node count); it was not analysed. The limits are set under `limits:` in .wa-policy.yaml.',
  why: 'Limits keep a hostile or generated file from stalling the editor or CI; a file over a limit is not checked, so it is reported instead of passing silently.',
  howToFix: 'Split or simplify the file, or raise the named limit under `limits:` in .wa-policy.yaml.',
});
