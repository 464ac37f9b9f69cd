/** Files that make a folder a code project's root: its package manifests (read by the code adapter, and by the
 * prompt-file adapter to leave a code project's example env file to it). */
export const MANIFESTS = [
  'package.json',
  'requirements.txt',
  'pyproject.toml',
  'Pipfile',
  'go.mod',
  'composer.json',
  'pom.xml',
  'build.gradle',
  'build.gradle.kts',
  'Gemfile',
];
