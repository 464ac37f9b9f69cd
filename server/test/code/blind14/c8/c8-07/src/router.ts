import { CARDAPIO, HORARIO } from "./handlers/cardapio.js";
import { mensagemAtendente } from "./handlers/atendente.js";
import { perguntarIA } from "./handlers/ia.js";

const norm = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

export async function rotear(texto: string): Promise<string> {
  const t = norm(texto);
  if (/^(oi|ola|bom dia|boa tarde|boa noite)\b/.test(t)) {
    return "Oi! 💜 Bem-vindo ao Açaí da Praia. Digite *cardápio*, *horário* ou *atendente*, ou me pergunte o que quiser!";
  }
  if (t.includes("cardapio") || t.includes("preco") || t.includes("menu")) return CARDAPIO;
  if (t.includes("horario") || t.includes("endereco") || t.includes("aberto")) return HORARIO;
  if (t.includes("atendente") || t.includes("humano") || t.includes("pessoa")) return mensagemAtendente();
  // qualquer outra coisa vai pra IA
  return perguntarIA(texto);
}
