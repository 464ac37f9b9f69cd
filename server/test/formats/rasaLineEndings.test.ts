import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { parseDocument } from 'yaml';
import { yamlLineBreaks } from '../../src/formats/shared/yamlSource';
import { toUri } from '../../src/model/uri';
import { createPolicyService } from '../../src/service';
import { applyEdits } from '../helpers/applyEdits';
import { REPO, testHost } from '../helpers/fsHost';

/**
 * Rasa's quick fixes that write YAML lines (a new pattern_human_handoff flow, a handoff step appended or put in
 * place of a "not available" reply, check_relevancy added or turned on, the fixed chitchat reply) on projects
 * written with LF, CRLF and lone CR endings, with and without a final line break: every fix gives, with CRLF or
 * CR, exactly the LF result with its line breaks in that ending, and the fixed file is valid YAML.
 */
const CALM = path.join(REPO, 'test-fixtures', 'formats', 'rasa', 'calm-demo-layout');

function calm(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(CALM, p)] = fs.readFileSync(p, 'utf8');
    }
  };
  walk(CALM);
  return out;
}

const PATTERNS = path.join('data', 'flows', 'patterns.yml');
const CONFIG = path.join('config', 'config.yml');

/** Variants of the CALM demo project that need each kind of Rasa fix. */
const VARIANTS: [string, (files: Record<string, string>) => void][] = [
  [
    'no handoff pattern, free chitchat, search without check_relevancy (last line of the file)',
    (f) => {
      f[PATTERNS] = f[PATTERNS].replace(/ {2}pattern_human_handoff:[\s\S]*$/, '').replace(
        'action_trigger_chitchat',
        'utter_free_chitchat_response',
      );
      f[CONFIG] = f[CONFIG].replace(/ {4}check_relevancy: true\n/, '').replace(/ {4}vector_store:[\s\S]*$/, '');
    },
  ],
  [
    'handoff "not available", check_relevancy: false',
    (f) => {
      f[PATTERNS] = f[PATTERNS].replace(
        /- action: action_handoff_to_agent/,
        '- action: utter_human_handoff_not_available',
      );
      f[CONFIG] = f[CONFIG].replace('check_relevancy: true', 'check_relevancy: false');
    },
  ],
  [
    'handoff pattern without a handoff action (its last step ends the file)',
    (f) => {
      f[PATTERNS] = f[PATTERNS].replace(/\n {6}- action: action_handoff_to_agent/, '');
      f[CONFIG] = f[CONFIG].replace(/ {4}check_relevancy: true\n/, '');
    },
  ],
];

let dirs = 0;

/** Every quick fix of every finding of the project, applied: the fixed text of the file each one edits. */
function fixedTexts(files: Record<string, string>, eol: string, finalBreak: boolean): { what: string; text: string }[] {
  const dir = path.resolve('/nonexistent-wa-policy-test', `rasa-eol-${dirs++}`);
  const abs: Record<string, string> = {};
  for (const [rel, text] of Object.entries(files)) {
    const t = finalBreak ? text : text.replace(/\n+$/, '');
    abs[path.join(dir, rel)] = t.replace(/\n/g, eol);
  }
  const service = createPolicyService({ host: testHost(abs) });
  const out: { what: string; text: string }[] = [];
  for (const file of Object.keys(abs).sort())
    for (const finding of service.lint(toUri(file))?.findings ?? [])
      for (const fix of finding.fixes) {
        if (/disable|suppress/i.test(fix.title)) continue;
        const uris = [...new Set(fix.edits.map((e) => e.uri))];
        for (const uri of uris) {
          const p = Object.keys(abs).find((k) => toUri(k) === uri)!;
          const text = applyEdits(
            abs[p],
            fix.edits.filter((e) => e.uri === uri),
          );
          out.push({ what: `${finding.rule} / ${fix.title} / ${path.relative(dir, p)}`, text });
        }
      }
  return out;
}

for (const [name, change] of VARIANTS)
  for (const finalBreak of [true, false])
    test(`rasa fixes with CRLF and CR endings equal the LF ones: ${name}${finalBreak ? '' : ', no final line break'}`, () => {
      const files = calm();
      change(files);
      const lf = fixedTexts(files, '\n', finalBreak);
      assert.ok(
        lf.some((t) =>
          /pattern_human_handoff|action_handoff_to_human|check_relevancy|utter_cannot_handle/.test(t.what + t.text),
        ),
        `${name}: no YAML-writing fix offered:\n${lf.map((t) => t.what).join('\n')}`,
      );
      for (const t of lf)
        assert.deepEqual(
          parseDocument(t.text).errors.map((e) => e.message),
          [],
          `${t.what}: not valid YAML:\n${t.text}`,
        );
      for (const eol of ['\r\n', '\r']) {
        const other = fixedTexts(files, eol, finalBreak);
        assert.deepEqual(
          other.map((t) => t.what),
          lf.map((t) => t.what),
          'the same fixes',
        );
        for (let i = 0; i < lf.length; i++) {
          const want = lf[i].text.replace(/\n/g, eol);
          assert.equal(JSON.stringify(other[i].text), JSON.stringify(want), `${JSON.stringify(eol)}: ${lf[i].what}`);
          assert.equal(parseDocument(yamlLineBreaks(other[i].text)).errors.length, 0);
        }
      }
    });
