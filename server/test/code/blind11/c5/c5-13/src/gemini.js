const { GoogleGenerativeAI } = require('@google/generative-ai');

const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY);
const model = genAI.getGenerativeModel({ model: 'gemini-1.5-flash' });

const INSTRUCOES =
  'Você é o assistente virtual da Auto Escola Rota Certa, em Contagem/MG. ' +
  'Responda dúvidas sobre: categorias A e B, valores dos pacotes (A: R$ 1.450; B: R$ 2.390; A+B: R$ 3.490, em até 10x), ' +
  'aulas práticas e teóricas, agendamento de aulas, exame médico e psicotécnico, prova teórica e prova de direção no DETRAN-MG. ' +
  'Seja objetivo e simpático. ' +
  'Se a pessoa perguntar qualquer coisa que não seja sobre a auto escola ou o processo da CNH, diga educadamente que só consegue ajudar com assuntos da Rota Certa. ' +
  'Lembre o aluno que ele pode digitar 0 a qualquer momento para falar com a secretaria.';

async function perguntar(historico, texto) {
  const conversa = historico.map((t) => `${t.quem}: ${t.texto}`).join('\n');
  const prompt = `${INSTRUCOES}\n\nConversa até agora:\n${conversa}\n\nAluno: ${texto}\nAssistente:`;
  const result = await model.generateContent(prompt);
  return result.response.text().trim();
}

module.exports = { perguntar };
