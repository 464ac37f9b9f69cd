import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(process.cwd(), 'prompts');

export function loadSystemPrompt(): string {
  const base = readFileSync(join(dir, 'sistema.md'), 'utf8');
  const cardapio = readFileSync(join(dir, 'cardapio.md'), 'utf8');
  const promocoes = process.env.PROMOCOES ?? 'Terça em dobro: na compra de uma grande, a segunda sai pela metade.';
  return base.replace('{{CARDAPIO}}', cardapio).replace('{{PROMOCOES}}', promocoes);
}
