// Pendiente: conectar con la bandeja de Freshdesk cuando tengamos las licencias.
export async function avisarLibreros(chatId: string, motivo: string): Promise<void> {
  console.info(`[aviso] ${chatId}: ${motivo}`);
}
