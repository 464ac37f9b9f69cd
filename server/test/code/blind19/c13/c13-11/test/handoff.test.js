import { describe, it, expect, beforeAll } from 'vitest'
import axios from 'axios'
import { createMock, sent } from '../mock/server.js'

let base
beforeAll(() => new Promise((r) => { const s = createMock().listen(0, () => { base = `http://127.0.0.1:${s.address().port}`; r() }) }))

describe('fake llm', () => {
  it('returns a tool call for "human"', async () => {
    const { data } = await axios.post(`${base}/v1/chat/completions`, { messages: [{ role: 'user', content: 'I want a human' }] })
    expect(data.choices[0].message.tool_calls[0].function.name).toBe('handoff_to_human')
  })
  it('records outgoing WhatsApp messages', async () => {
    await axios.post(`${base}/v21.0/123/messages`, { messaging_product: 'whatsapp', to: '15550001111', type: 'text', text: { body: 'hi' } })
    expect(sent.at(-1).to).toBe('15550001111')
  })
})
