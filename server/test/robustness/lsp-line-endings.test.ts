import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { toUri } from '../../src/model/uri';
import { FORMATS } from './formatFixtures';
import { Tally, WS } from './harness';
import { StdioServer } from './lspClient';

/**
 * Every edit a fix produces uses the line ending of the file it edits, over LSP stdio: each format's fixture
 * written with LF, CRLF and lone CR endings, opened, and asked for the code actions of all its diagnostics
 * (rule fixes, next-line and file-level suppression comments, the config `suppressions:` entry) and for
 * `source.fixAll.wa-policy`. A line break in an edit's text other than its file's own is a failure.
 */
const tally = new Tally('fix line endings over LSP stdio');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wa-lsp-eol-'));
const server = new StdioServer();
const ENDINGS = { LF: '\n', CRLF: '\r\n', CR: '\r' } as const;

before(() => server.initialize(dir));
after(() => {
  server.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

type Edit = { range: unknown; newText: string };
type Action = {
  title: string;
  edit?: { changes?: Record<string, Edit[]>; documentChanges?: { textDocument?: { uri: string }; edits?: Edit[] }[] };
};

/** Each edit of the actions with the file it edits. */
function editsOf(actions: Action[]): { title: string; uri: string; newText: string }[] {
  return actions.flatMap((a) => [
    ...Object.entries(a.edit?.changes ?? {}).flatMap(([uri, list]) =>
      list.map((e) => ({ title: a.title, uri, newText: e.newText })),
    ),
    ...(a.edit?.documentChanges ?? []).flatMap((c) =>
      (c.edits ?? []).map((e) => ({ title: a.title, uri: c.textDocument!.uri, newText: e.newText })),
    ),
  ]);
}

async function ask(method: string, params: object): Promise<unknown> {
  const id = server.request(method, params);
  return (await server.until(() => server.received.find((m) => m.id === id), method)).result;
}

/** The diagnostics of `uri` at version 1 once no newer publish came for 300 ms (the code parsers load on demand). */
async function settled(uri: string) {
  await server.until(() => server.publishes(uri).find((m) => m.params!.version === 1), 'diagnostics');
  await server.until(
    () => (performance.now() - server.publishes(uri).at(-1)!.at > 300 ? true : undefined),
    'the last publish',
  );
  return server.publishes(uri).at(-1)!.params!.diagnostics;
}

/** Every edit of the quick fixes of all diagnostics of `uri` and of its fix-all action. */
async function allEdits(uri: string, diagnostics: unknown[]) {
  const whole = { start: { line: 0, character: 0 }, end: { line: 1e6, character: 0 } };
  const textDocument = { uri };
  const quick = await ask('textDocument/codeAction', { textDocument, range: whole, context: { diagnostics } });
  const fixAll = await ask('textDocument/codeAction', {
    textDocument,
    range: whole,
    context: { diagnostics: [], only: ['source.fixAll.wa-policy'] },
  });
  return editsOf([...(quick as Action[]), ...(fixAll as Action[])]);
}

let cases = 0;
for (const fixture of FORMATS)
  for (const [style, eol] of Object.entries(ENDINGS))
    test(`fix line endings: ${fixture.label ?? fixture.name}, ${style}`, () =>
      tally.time(`${fixture.label ?? fixture.name} ${style}`, async () => {
        const root = path.join(dir, `${cases++}-${style}`);
        const written = new Map<string, string>();
        for (const [uri, text] of Object.entries(fixture.files)) {
          const file = path.join(
            root,
            ...uri
              .slice(WS.length + 1)
              .split('/')
              .map(decodeURIComponent),
          );
          fs.mkdirSync(path.dirname(file), { recursive: true });
          fs.writeFileSync(file, text.replace(/\r\n?|\n/g, eol));
          written.set(toUri(file), file);
        }
        // Every file of the fixture is opened: a project's findings (Rasa, Dialogflow CX) live in several.
        let withBreaks = 0;
        for (const [uri, file] of written) {
          const text = fs.readFileSync(file, 'utf8');
          const languageId = file.endsWith('.json') ? 'json' : file.endsWith('.md') ? 'markdown' : 'plaintext';
          const textDocument = { uri, languageId, version: 1, text };
          server.send({ method: 'textDocument/didOpen', params: { textDocument } });
          const diagnostics = await settled(uri);
          const edits = await allEdits(uri, diagnostics);
          if (diagnostics.length) assert.ok(edits.length > 0, `${path.basename(file)}: the fixes carry their edits`);
          for (const e of edits) {
            // Every file of the fixture has the case's line ending; a new one (a config) takes the document's.
            const breaks = e.newText.match(/\r\n|\r|\n/g) ?? [];
            if (breaks.length) withBreaks++;
            assert.ok(
              breaks.every((b) => b === eol),
              `${e.title} (${path.basename(e.uri)}) writes ${JSON.stringify(breaks)}, not ${JSON.stringify(eol)}: ${JSON.stringify(e.newText)}`,
            );
          }
        }
        assert.ok(withBreaks > 0, 'some edit inserts lines');
        for (const uri of written.keys())
          server.send({ method: 'textDocument/didClose', params: { textDocument: { uri } } });
      }));

test('fix line endings: table row', () => tally.record());
