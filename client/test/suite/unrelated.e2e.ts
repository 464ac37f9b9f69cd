import * as vscode from 'vscode';
import { expectQuiet, file, open, waitForActivation } from './helpers';

suite('unrelated files', () => {
  suiteSetup(() => waitForActivation());

  test('an ordinary YAML file gets no findings', async () => {
    const ed = await open('config/settings.yaml');
    await expectQuiet(ed.document.uri, 4000);
  });

  test('an ordinary Markdown file gets no findings', async () => {
    await open('README.md');
    await expectQuiet(file('README.md'), 2000);
    void vscode;
  });
});
