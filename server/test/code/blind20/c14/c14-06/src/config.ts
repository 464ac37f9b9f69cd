export const config = {
  d360: {
    apiKey: process.env.D360_API_KEY ?? '',
    baseUrl: process.env.D360_BASE_URL ?? 'https://waba-v2.360dialog.io',
  },
  mistral: {
    apiKey: process.env.MISTRAL_API_KEY ?? '',
    model: process.env.MISTRAL_MODEL ?? 'mistral-small-latest',
  },
  redisUrl: process.env.REDIS_URL ?? 'redis://localhost:6379',
  /**
   * Transfert vers un conseiller (file Genesys du CRC).
   * Désactivé tant que le connecteur Genesys <-> WhatsApp n'est pas recetté (cf. ticket MLA-412).
   */
  handoff: {
    enabled: process.env.HANDOFF_ENABLED === 'true' && false,
    queue: 'CRC_SINISTRES_HAB',
  },
}
