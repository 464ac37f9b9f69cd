#!/usr/bin/env node
import { execSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { Command } from 'commander';
import { GoogleGenAI } from '@google/genai';

const program = new Command()
  .option('-b, --base <ref>', '对比的基准分支', 'origin/main')
  .option('-m, --model <name>', 'Gemini 模型', 'gemini-2.0-flash')
  .parse();
const opts = program.opts();

const diff = execSync(`git diff ${opts.base}...HEAD`, { encoding: 'utf8', maxBuffer: 20 * 1024 * 1024 });
if (!diff.trim()) {
  console.log('没有改动，无需审查。');
  process.exit(0);
}

const guide = existsSync('.reviewrc.md') ? readFileSync('.reviewrc.md', 'utf8') : '';
const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });

const res = await ai.models.generateContent({
  model: opts.model,
  contents: `请审查以下 git diff：\n\n${diff}`,
  config: {
    systemInstruction: `你是一名资深代码审查员。请指出 bug、安全问题、性能问题和可读性问题，按严重程度排序，并给出具体修改建议。用中文回答，使用 Markdown。\n${guide}`,
    temperature: 0.1,
  },
});

console.log(res.text);
