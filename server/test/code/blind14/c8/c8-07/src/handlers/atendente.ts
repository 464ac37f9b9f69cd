export function mensagemAtendente(): string {
  // TODO: integrar com o Chatwoot quando a equipe de atendimento for contratada
  return "Nosso atendimento humano estará disponível em breve! 😉 Enquanto isso, o assistente pode te ajudar.";
}
