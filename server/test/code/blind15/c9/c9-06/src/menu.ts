export const MENU = `Olá! 👋 Aqui é a *Auto Peças Rota 116* (Feira de Santana-BA).
Escolha uma opção:
1️⃣ Horário e endereço
2️⃣ Status do meu pedido
3️⃣ Formas de pagamento
0️⃣ Falar com um vendedor
Ou escreva sua dúvida 😉`;

export const HORARIO =
  'Seg a sex 7h30–18h, sáb 7h30–12h.\nAv. Eduardo Fróes da Mota, 4120 – Feira de Santana/BA.';

export const PAGAMENTO = 'Pix, cartão em até 6x sem juros e boleto para oficinas cadastradas.';
