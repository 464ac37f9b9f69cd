import { fileURLToPath, pathToFileURL } from 'node:url';

export function toUri(path: string): string {
  return pathToFileURL(path).href;
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

export function join(dirUri: string, name: string): string {
  return `${dirUri.replace(/\/$/, '')}/${name.split('/').map(encodeURIComponent).join('/')}`;
}
