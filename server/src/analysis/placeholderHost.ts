/**
 * Hosts that stand for an address still to be filled in: the names RFC 2606 reserves for examples and tests
 * (`example.com`/`.net`/`.org`, `*.invalid`, `*.test`, `localhost`) and the ones template writers use
 * (`yourdomain.com`, `mycompany.com`, `domain.com`, `email.com`, `xxx.com`, `placeholder.io`). One definition for
 * every reader: a contact in a prompt (contacts.ts) and an address a flow's tool calls (formats) are placeholders by
 * the same rule. Compared label by label, so `contest.com` or `latest.news` are not `test`, nor `email.acme.com`
 * `email.com`. The `.example` top-level domain is not one: documentation and test prompts give a fictional business
 * its own address there (`care@kettleandco.example`) and mean it as the business's real contact, unlike the template
 * names `example.com` or `yourdomain.com`.
 */

/** Labels that make a host a placeholder wherever they stand (`example.com.br`, `api.example`, `test.acme.com`). */
const ANY_LABEL = new Set([
  'sample',
  'test',
  'invalid',
  'localhost',
  'placeholder',
  'yourdomain',
  'mydomain',
  'yourcompany',
  'mycompany',
]);
/** Registered names that are placeholders only as the name itself (`domain.com`, not `domain.acme.com`). */
const NAME_LABEL = new Set(['example', 'domain', 'company', 'email']);
/** Second levels under a country code (`acme.co.uk`, `acme.com.br`). */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'or', 'ne']);
/** Pieces of a label that mark a template (`xxx`, `your-domain`). */
const PARTS = ['xxx', 'placeholder', 'yourdomain', 'your-domain', 'yourcompany', 'your-company'];

/** The host (lower-case, no port) is a placeholder: see the module comment. */
export function placeholderHost(host: string): boolean {
  const labels = host.toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '').split('.');
  if (labels.some((l) => ANY_LABEL.has(l) || PARTS.some((p) => l.includes(p)))) return true;
  const n = labels.length;
  if (n < 2) return false;
  const name = n >= 3 && labels[n - 1].length === 2 && SECOND_LEVEL.has(labels[n - 2]) ? labels[n - 3] : labels[n - 2];
  return NAME_LABEL.has(name);
}

/** The host of an absolute URL (`https://api.example.com:8080/x` → `api.example.com:8080`), or undefined. */
export function urlHost(url: string): string | undefined {
  return /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#\s]*@)?([^/?#\s]+)/i.exec(url)?.[1];
}
