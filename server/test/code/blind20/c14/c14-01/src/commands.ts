import { reset } from './memory.js'

// comandos simples que não passam pelo modelo
export function handleCommand(jid: string, text: string): string | null {
  const cmd = text.trim().toLowerCase()
  switch (cmd) {
    case '/reset':
    case '/limpar':
      reset(jid)
      return '🧹 Conversa apagada. Pode começar de novo!'
    case '/ajuda':
      return [
        '*Comandos do ZapGPT*',
        '/limpar – apaga o histórico',
        '/atendente – falar com uma pessoa',
        'Qualquer outra mensagem vai direto pra IA 🤖',
      ].join('\n')
    case '/atendente':
    case '/humano':
      // TODO: integrar com o painel de atendimento quando tiver equipe
      return '🚧 Em breve você vai poder falar com um atendente humano por aqui! Por enquanto é só comigo mesmo 😅'
    default:
      return null
  }
}
