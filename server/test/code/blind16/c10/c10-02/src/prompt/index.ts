import { IDENTIDADE, ESCOPO, ESTILO, HUMANO } from './parts.js';

export function buildSystemPrompt(extra?: { pedidoAtual?: string }) {
  const blocos = [IDENTIDADE, ESCOPO, ESTILO, HUMANO];
  if (extra?.pedidoAtual) blocos.push(`Pedido em aberto deste cliente: ${extra.pedidoAtual}`);
  return blocos.join('\n\n');
}
