'use strict';
// A minimal LSP client over stdio with its own Content-Length framing (no dependencies),
// built for timing: every incoming message carries the performance.now() of the chunk it
// arrived in, and every wait has a timeout.
const { spawn } = require('child_process');
const fs = require('fs');
const { performance } = require('perf_hooks');
const { pathToFileURL } = require('url');
const { trackChild } = require('./cleanup');

class TimeoutError extends Error {
  constructor(what, timeoutMs) {
    super(`timeout after ${timeoutMs} ms waiting for ${what}`);
    this.name = 'TimeoutError';
    this.timeoutMs = timeoutMs;
  }
}

function fileUri(p) {
  return pathToFileURL(p).href;
}

/** Reads VmRSS / VmHWM (kB) of a pid from /proc; undefined when unavailable. */
function readProcMem(pid) {
  try {
    const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = /VmRSS:\s+(\d+)\s+kB/.exec(s);
    const hwm = /VmHWM:\s+(\d+)\s+kB/.exec(s);
    return { rss: rss ? Number(rss[1]) : undefined, hwm: hwm ? Number(hwm[1]) : undefined };
  } catch {
    return undefined;
  }
}

/** CPU time (user + system, ms) a pid has used so far, from /proc/<pid>/stat; undefined when unavailable. */
function readProcCpuMs(pid, clkTck = 100) {
  try {
    const s = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / clkTck;
  } catch {
    return undefined;
  }
}

/** Samples memory of a pid every `intervalMs`; keeps max RSS, last HWM and a coarse timeline. */
class MemSampler {
  constructor(pid, intervalMs = 100) {
    this.pid = pid;
    this.maxRss = 0;
    this.hwm = 0;
    this.samples = []; // [tMs, rssKb]
    this.t0 = performance.now();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
    this.sample();
  }
  sample() {
    const m = readProcMem(this.pid);
    if (!m) return undefined;
    if (m.rss !== undefined) {
      this.maxRss = Math.max(this.maxRss, m.rss);
      this.samples.push([performance.now() - this.t0, m.rss]);
      if (this.samples.length > 20000) this.samples.splice(0, 10000);
    }
    if (m.hwm !== undefined) this.hwm = Math.max(this.hwm, m.hwm);
    return m;
  }
  stop() {
    clearInterval(this.timer);
    this.sample();
  }
}

const DEFAULT_CAPABILITIES = {
  general: { positionEncodings: ['utf-16'] },
  window: { workDoneProgress: true, showMessage: {} },
  workspace: {
    applyEdit: false,
    configuration: true,
    workspaceFolders: true,
    didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
    didChangeConfiguration: { dynamicRegistration: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true, willSave: false, willSaveWaitUntil: false },
    publishDiagnostics: {
      relatedInformation: true,
      versionSupport: true,
      codeDescriptionSupport: true,
      dataSupport: true,
      tagSupport: { valueSet: [1, 2] },
    },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } } },
  },
};

/** The prefix of the server's phase-timing lines on stderr. */
const TRACE = 'wa-policy-trace ';

class LspClient {
  /**
   * @param {object} o
   * @param {string} o.serverPath path of the bundled server (dist/server.js)
   * @param {string} [o.cwd]
   * @param {string[]} [o.args]
   */
  constructor(o) {
    this.serverPath = o.serverPath;
    this.cwd = o.cwd || process.cwd();
    this.args = o.args || ['--stdio'];
    this.nodeArgs = o.nodeArgs || [];
    /** Variables added to the server's environment (the editor's launch settings). */
    this.env = o.env || {};
    this.nextId = 1;
    this.pending = new Map(); // id -> {resolve, reject, method, t0}
    this.listeners = new Set(); // (msg, t) => void
    this.buf = Buffer.alloc(0);
    this.stderr = '';
    /** The server's phase-timing lines, parsed (see `TRACE`). */
    this.traces = [];
    this.log = { errors: 0, warnings: 0, lines: [] }; // window/logMessage + showMessage
    this.serverRequests = {}; // method -> count
    this.exited = false;
    this.exitInfo = undefined;
    this.workspaceFolders = [];
    this.configResponse = o.configResponse; // optional (section) => value
  }

  /** The first and last lines of the server's stderr (enough to see an exception). */
  stderrTail(n = 6) {
    const ls = this.stderr.trim().split('\n');
    return ls.length <= 2 * n ? ls.join(' | ') : [...ls.slice(0, n), '...', ...ls.slice(-n)].join(' | ');
  }

  start() {
    const cp = spawn(process.execPath, [...this.nodeArgs, this.serverPath, ...this.args], {
      cwd: this.cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...this.env, ...process.env, NODE_OPTIONS: '' },
    });
    trackChild(cp);
    this.cp = cp;
    this.pid = cp.pid;
    cp.stdout.on('data', (chunk) => this.onData(chunk, performance.now()));
    let partial = '';
    cp.stderr.on('data', (d) => {
      // Phase timings (WA_POLICY_TRACE_PHASES=1: server/src/service/phaseTrace.ts) are kept apart, parsed.
      const lines = (partial + d.toString()).split('\n');
      partial = lines.pop();
      let rest = '';
      for (const line of lines) {
        if (line.startsWith(TRACE)) this.traces.push(JSON.parse(line.slice(TRACE.length)));
        else rest += `${line}\n`;
      }
      this.stderr += rest;
      if (this.stderr.length > 64 * 1024) this.stderr = this.stderr.slice(-32 * 1024);
    });
    cp.stdin.on('error', () => {
      /* EPIPE when the server dies; reported via exit */
    });
    cp.on('exit', (code, signal) => {
      this.exited = true;
      this.exitInfo = { code, signal };
      const err = new Error(
        `server exited (code ${code}, signal ${signal})${this.stderr ? `; stderr: ${this.stderrTail()}` : ''}`,
      );
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
      for (const l of [...this.listeners]) l({ __exit: true, code, signal }, performance.now());
    });
    this.mem = new MemSampler(cp.pid, 100);
    return this;
  }

  onData(chunk, t) {
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    for (;;) {
      const headerEnd = this.buf.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buf.subarray(0, headerEnd).toString('ascii');
      const m = /Content-Length:\s*(\d+)/i.exec(header);
      if (!m) {
        // Garbage on stdout (a stray console.log in the server): drop up to the header end.
        this.log.lines.push(`non-LSP output on stdout: ${header.slice(0, 200)}`);
        this.buf = this.buf.subarray(headerEnd + 4);
        continue;
      }
      const len = Number(m[1]);
      if (this.buf.length < headerEnd + 4 + len) return;
      const body = this.buf.subarray(headerEnd + 4, headerEnd + 4 + len).toString('utf8');
      this.buf = this.buf.subarray(headerEnd + 4 + len);
      let msg;
      try {
        msg = JSON.parse(body);
      } catch (e) {
        this.log.lines.push(`unparsable message: ${body.slice(0, 200)}`);
        continue;
      }
      this.dispatch(msg, t);
    }
  }

  dispatch(msg, t) {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      if (p) {
        this.pending.delete(msg.id);
        if (msg.error) {
          const e = new Error(`${p.method} failed: ${msg.error.message} (${msg.error.code})`);
          e.rpc = msg.error;
          p.reject(e);
        } else p.resolve({ result: msg.result, t, dt: t - p.t0 });
      }
      return;
    }
    if (msg.id !== undefined && msg.method) {
      this.serverRequests[msg.method] = (this.serverRequests[msg.method] || 0) + 1;
      this.answerServerRequest(msg);
    } else if (msg.method === 'window/logMessage' || msg.method === 'window/showMessage') {
      const type = msg.params && msg.params.type;
      if (type === 1) this.log.errors++;
      if (type === 2) this.log.warnings++;
      if (type <= 2 && this.log.lines.length < 50)
        this.log.lines.push(`${type === 1 ? 'error' : 'warning'}: ${String(msg.params.message).slice(0, 300)}`);
    }
    for (const l of [...this.listeners]) l(msg, t);
  }

  answerServerRequest(msg) {
    let result;
    switch (msg.method) {
      case 'workspace/configuration':
        result = ((msg.params && msg.params.items) || []).map((it) =>
          this.configResponse ? this.configResponse(it.section) : it.section && it.section.includes('.') ? null : {},
        );
        break;
      case 'workspace/workspaceFolders':
        result = this.workspaceFolders;
        break;
      case 'client/registerCapability':
      case 'client/unregisterCapability':
      case 'window/workDoneProgress/create':
      case 'window/showMessageRequest':
      case 'window/showDocument':
      case 'workspace/diagnostic/refresh':
      case 'workspace/semanticTokens/refresh':
      case 'workspace/codeLens/refresh':
      case 'workspace/inlayHint/refresh':
      case 'workspace/inlineValue/refresh':
        result = null;
        break;
      default:
        this.write({
          jsonrpc: '2.0',
          id: msg.id,
          error: { code: -32601, message: `bench client does not handle ${msg.method}` },
        });
        return;
    }
    this.write({ jsonrpc: '2.0', id: msg.id, result });
  }

  write(msg) {
    if (this.exited) throw new Error(`server has exited (${JSON.stringify(this.exitInfo)})`);
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.cp.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  /** Sends a notification; returns the performance.now() taken just before the write. */
  notify(method, params) {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', method, params }), 'utf8');
    const frame = Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
    if (this.exited) throw new Error(`server has exited (${JSON.stringify(this.exitInfo)})`);
    const t0 = performance.now();
    this.cp.stdin.write(frame);
    return t0;
  }

  request(method, params, timeoutMs = 10000) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new TimeoutError(`response to ${method}`, timeoutMs));
      }, timeoutMs);
      const t0 = performance.now();
      this.pending.set(id, {
        method,
        t0,
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      try {
        this.write({ jsonrpc: '2.0', id, method, params });
      } catch (e) {
        clearTimeout(timer);
        this.pending.delete(id);
        reject(e);
      }
    });
  }

  /** Subscribes to every incoming notification/request; returns an unsubscribe function. */
  on(fn) {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /**
   * Resolves with {msg, t} for the first incoming message matching `pred` (checked from now on),
   * rejects with TimeoutError after timeoutMs, or when the server exits.
   */
  waitFor(pred, timeoutMs, what = 'message') {
    return new Promise((resolve, reject) => {
      let off;
      const timer = setTimeout(() => {
        off();
        reject(new TimeoutError(what, timeoutMs));
      }, timeoutMs);
      off = this.on((msg, t) => {
        if (msg.__exit) {
          clearTimeout(timer);
          off();
          reject(
            new Error(
              `server exited while waiting for ${what} (code ${msg.code}, signal ${msg.signal}); stderr: ${this.stderrTail()}`,
            ),
          );
          return;
        }
        let ok;
        try {
          ok = pred(msg, t);
        } catch {
          ok = false;
        }
        if (ok) {
          clearTimeout(timer);
          off();
          resolve({ msg, t });
        }
      });
    });
  }

  async initialize(rootPath, { capabilities = DEFAULT_CAPABILITIES, timeoutMs = 15000, initializationOptions } = {}) {
    const rootUri = fileUri(rootPath);
    this.workspaceFolders = [{ uri: rootUri, name: require('path').basename(rootPath) }];
    const { result, dt } = await this.request(
      'initialize',
      {
        processId: process.pid,
        clientInfo: { name: 'wa-policy-lint-bench', version: '1' },
        locale: 'en',
        rootPath,
        rootUri,
        capabilities,
        initializationOptions,
        workspaceFolders: this.workspaceFolders,
        trace: 'off',
      },
      timeoutMs,
    );
    this.initializeResult = result;
    this.capabilities = (result && result.capabilities) || {};
    this.notify('initialized', {});
    return { result, dt };
  }

  /** 1 = Full, 2 = Incremental, 0 = None (LSP TextDocumentSyncKind). */
  syncKind() {
    const s = this.capabilities.textDocumentSync;
    if (typeof s === 'number') return s;
    if (s && typeof s === 'object') return typeof s.change === 'number' ? s.change : 0;
    return 0;
  }

  async shutdown(timeoutMs = 3000) {
    if (this.mem) this.mem.stop();
    if (this.exited) return;
    try {
      await this.request('shutdown', null, timeoutMs);
      this.notify('exit', null);
    } catch {
      /* fall through to kill */
    }
    const exited = await new Promise((resolve) => {
      if (this.exited) return resolve(true);
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.cp.once('exit', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    if (!exited) {
      try {
        this.cp.kill('SIGKILL');
      } catch {
        /* ignore */
      }
    }
  }

  kill() {
    if (this.mem) this.mem.stop();
    try {
      if (!this.exited) this.cp.kill('SIGKILL');
    } catch {
      /* ignore */
    }
  }
}

/** Converts a UTF-16 offset into an LSP position. */
function positionAt(text, offset) {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

module.exports = {
  LspClient,
  TimeoutError,
  MemSampler,
  readProcMem,
  readProcCpuMs,
  fileUri,
  positionAt,
  DEFAULT_CAPABILITIES,
};
