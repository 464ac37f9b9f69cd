import type { MessagePort } from 'node:worker_threads';
import { loadCodeParsersOnDemand, withCodeParsersOnDemand } from '../formats/code';

/**
 * A worker's port whose requests are answered one at a time, in order, with the code parsers (tree-sitter
 * wasm, ~20 MB) loaded only when a request first meets a file that looks like a bot in code: that request's
 * replies are held back, `forget` drops what was read without the parsers, and the request is answered again
 * once they are loaded. A worker that only ever sees prompts and flows never loads them.
 */
export function portWithCodeParsersOnDemand<T>(port: MessagePort, forget: (request: T) => void): MessagePort {
  loadCodeParsersOnDemand(
    () => undefined,
    () => undefined,
  );
  let held: unknown[] | undefined;
  let queue = Promise.resolve();
  const answer = async (handler: (request: T) => void, request: T) => {
    const replies = await withCodeParsersOnDemand(
      () => {
        held = [];
        handler(request);
        const out = held;
        held = undefined;
        return out;
      },
      () => forget(request),
    );
    for (const r of replies) port.postMessage(r);
  };
  const wrapped = Object.create(port) as MessagePort;
  wrapped.postMessage = (value: unknown) => (held ? void held.push(value) : port.postMessage(value));
  wrapped.on = ((event: string, handler: (request: T) => void) =>
    event === 'message'
      ? port.on(event, (request: T) => {
          queue = queue
            .then(() => answer(handler, request))
            .catch((e: Error) => {
              held = undefined;
              process.stderr.write(`wa-policy: a worker request failed: ${e.message}\n`);
            });
        })
      : port.on(event, handler)) as MessagePort['on'];
  return wrapped;
}
