import type Anthropic from '@anthropic-ai/sdk'

export const uebergabeTool: Anthropic.Tool = {
  name: 'an_kundenservice_uebergeben',
  description: 'Übergibt das Gespräch an einen Mitarbeiter des Kundenservice',
  input_schema: {
    type: 'object',
    properties: { grund: { type: 'string' } },
    required: ['grund'],
  },
}

export async function uebergeben(waId: string, grund: string) {
  // TODO(jan): an OTRS-Queue "Kundenservice-WA" anbinden, sobald der API-User freigeschaltet ist
  console.info(`[handoff] ${waId}: ${grund}`)
  return { status: 'ok' }
}
