import { config } from '../config.js'

export const consulterDossier = {
  type: 'function' as const,
  function: {
    name: 'consulter_dossier',
    description: "Renvoie l'état d'un dossier sinistre à partir du numéro de contrat",
    parameters: {
      type: 'object',
      properties: { numero_contrat: { type: 'string', description: 'ex. MLA-HAB-0012345' } },
      required: ['numero_contrat'],
    },
  },
}

export const transfererConseiller = {
  type: 'function' as const,
  function: {
    name: 'transferer_conseiller',
    description: 'Transfère la conversation vers la file Genesys du centre de relation client',
    parameters: { type: 'object', properties: { motif: { type: 'string' } }, required: ['motif'] },
  },
}

export function tools() {
  return config.handoff.enabled ? [consulterDossier, transfererConseiller] : [consulterDossier]
}
