#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { createHmac } from 'node:crypto';
import { program } from 'commander';

program
  .requiredOption('-u, --url <url>', 'local webhook url, e.g. http://localhost:3000/webhook')
  .option('-t, --text <text>', 'message body', 'hello')
  .option('-s, --secret <secret>', 'app secret used to sign X-Hub-Signature-256')
  .parse();

const { url, text, secret } = program.opts();
const raw = readFileSync(new URL('../payloads/text-message.json', import.meta.url), 'utf8').replace('__TEXT__', text);
const headers = { 'content-type': 'application/json' };
if (secret) headers['x-hub-signature-256'] = 'sha256=' + createHmac('sha256', secret).update(raw).digest('hex');

const res = await fetch(url, { method: 'POST', headers, body: raw });
console.log(res.status, await res.text());
