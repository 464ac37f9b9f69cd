module.exports = {
  'Residencial Jardim das Acácias': [
    'Silêncio das 22h às 7h (dom a qui) e 23h às 8h (sex e sáb).',
    'Salão de festas: reservar pelo portal com 7 dias de antecedência. Taxa R$ 180.',
    'Piscina: 8h às 21h. Proibido vidro na área da piscina.',
    'Mudanças: seg a sáb, 8h às 17h, avisar a portaria.',
  ],
  'Condomínio Ed. Monte Verde': [
    'Silêncio das 22h às 8h.',
    'Churrasqueira: reserva pelo portal, máx. 20 convidados.',
    'Pets sempre na coleira nas áreas comuns.',
  ],
};
