import { fileURLToPath, pathToFileURL } from 'node:url';

/** An absolute, normalised POSIX path of letters, digits, `_`, `.` and `-` only: pathToFileURL would return it as it is. */
const PLAIN_PATH = /^(?:\/(?!\.\.?(?:\/|$))[\w.-]+)+$/;
const POSIX = process.platform !== 'win32';

export function toUri(path: string): string {
  // A URL object per path was the largest part of listing 20,000 files in a CLI run answered from its cache.
  return POSIX && PLAIN_PATH.test(path) ? `file://${path}` : pathToFileURL(path).href;
}

export function toPath(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
}

export function dirOf(uri: string): string {
  const i = uri.lastIndexOf('/');
  return i > 0 ? uri.slice(0, i) : uri;
}

export function baseName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * One path segment for a URI. A lone surrogate (possible in editor text) is encoded as U+FFFD, the name a
 * saved file would give it, instead of making encodeURIComponent throw.
 */
export function encodeSegment(segment: string): string {
  return encodeURIComponent(segment.replace(LONE_SURROGATE, '\uFFFD'));
}

/** `name` (a relative path from a file or config) under a folder URI. */
export function join(dirUri: string, name: string): string {
  return `${dirUri.replace(/\/$/, '')}/${name.split('/').map(encodeSegment).join('/')}`;
}
