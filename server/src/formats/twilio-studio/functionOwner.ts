// Which Studio flow of a Twilio Serverless project runs a Function file: such a file is part of that flow (its
// prompt, its LLM call), read with it, and not a bot of its own.
import type { Host } from '../../model/host';
import { join } from '../../model/uri';

/** A Function file of a Serverless project; group 1 is its URL path without the leading slash. */
export const FUNCTION_FILE = /\/functions\/(.+?)(?:\.protected|\.private)?\.(?:js|cjs|mjs|ts)$/;
/** Files of the project listed, and JSON files read, when looking for the flow (bounds on the work). */
const LIST_LIMIT = 300;
const READ_LIMIT = 20;

/**
 * The path (from the project root) of the Studio flow whose `run-function` widget runs the Function at `fnUri`, by
 * its URL (`https://<service>.twil.io/<path>`), or undefined. The project root is the folder holding `functions/`
 * with a `package.json` or `.twilioserverlessrc`.
 */
export function flowRunningFunction(fnUri: string, host: Host): string | undefined {
  const m = FUNCTION_FILE.exec(fnUri);
  if (!m) return undefined;
  const root = fnUri.slice(0, fnUri.lastIndexOf('/functions/'));
  if (!['package.json', '.twilioserverlessrc'].some((f) => host.readFile(join(root, f)) !== undefined))
    return undefined;
  const path = m[1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const url = new RegExp(`"url"\\s*:\\s*"[^"]*\\.twil\\.io/${path}["?]`);
  const flow = host
    .listFiles(root, LIST_LIMIT)
    .filter((u) => /\.json$/i.test(u) && !/\/(functions|assets)\//.test(u.slice(root.length)))
    .slice(0, READ_LIMIT)
    .find((u) => {
      const text = host.readFile(u);
      return !!text && /"states"\s*:\s*\[/.test(text) && text.includes('"run-function"') && url.test(text);
    });
  return flow && decodeURIComponent(flow.slice(root.length + 1));
}
