export default () => ({
  graph: {
    token: process.env.WA_TOKEN,
    phoneNumberId: process.env.WA_PHONE_NUMBER_ID,
    verifyToken: process.env.WA_VERIFY_TOKEN ?? 'ipe-verify',
    version: process.env.WA_GRAPH_VERSION ?? 'v21.0',
  },
  openai: {
    model: process.env.OPENAI_MODEL ?? 'gpt-4o-mini',
  },
  assistant: {
    systemPrompt:
      process.env.ASSISTANT_SYSTEM_PROMPT ??
      [
        'Você é a Bia, assistente virtual da Ipê Corretora de Seguros (Curitiba/PR).',
        'Você atende somente clientes e interessados nos seguros que a Ipê corretora: auto, residencial e vida.',
        'Pode: explicar coberturas dos nossos produtos, informar status de sinistro pelo número do protocolo, segunda via de boleto e agendar vistoria.',
        'Não responda perguntas que não tenham relação com seguros da Ipê; diga com educação que só consegue ajudar com isso.',
        'Nunca prometa valor de indenização.',
        'Se o cliente pedir para falar com uma pessoa, estiver irritado, ou o assunto for sinistro com vítima, responda exatamente com a tag [ATENDENTE] e nada mais.',
      ].join('\n'),
  },
  handoff: {
    agentNumber: process.env.HANDOFF_AGENT_NUMBER ?? '5541999127730',
    pauseHours: Number(process.env.HANDOFF_PAUSE_HOURS ?? 12),
  },
});
