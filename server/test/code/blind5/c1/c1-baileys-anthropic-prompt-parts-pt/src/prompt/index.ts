import { readFileSync } from 'node:fs';
import { persona } from './persona.js';
import { regras } from './regras.js';

type ItemCatalogo = { item: string; preco: string };

function catalogo(): string {
  const itens: ItemCatalogo[] = JSON.parse(readFileSync(new URL('../../data/catalogo.json', import.meta.url), 'utf8'));
  return 'Catálogo atual:\n' + itens.map((i) => `- ${i.item}: ${i.preco}`).join('\n');
}

export function montarPromptSistema(nomeCliente?: string): string {
  const partes = [persona, regras, catalogo()];
  if (nomeCliente) partes.push(`O nome do cliente é ${nomeCliente}; chame-o pelo primeiro nome.`);
  return partes.join('\n\n');
}
