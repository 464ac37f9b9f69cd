export const CARDAPIO = `🍧 *Cardápio Açaí da Praia*
300ml — R$ 16
500ml — R$ 22
700ml — R$ 28
Adicionais (R$ 3 cada): granola, leite ninho, paçoca, banana, morango, leite condensado
Delivery em Ponta Verde, Pajuçara e Jatiúca — taxa R$ 5
Peça pelo link: https://pedido.acaidapraia.com.br`;

export const HORARIO = "Funcionamos todos os dias das 13h às 23h 🌴 (Av. Álvaro Otacílio, 3120 — Maceió)";
