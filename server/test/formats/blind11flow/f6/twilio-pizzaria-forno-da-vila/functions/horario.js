exports.handler = function (context, event, callback) {
  const agora = new Date(new Date().toLocaleString('en-US', { timeZone: 'America/Sao_Paulo' }));
  const dia = agora.getDay(); // 0 dom ... 6 sab
  const minutos = agora.getHours() * 60 + agora.getMinutes();
  const aberto = dia !== 1 && minutos >= 17 * 60 + 30 && minutos <= 23 * 60 + 30;
  callback(null, { aberto: String(aberto) });
};
