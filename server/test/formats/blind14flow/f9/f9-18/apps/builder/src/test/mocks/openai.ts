import { Page } from '@playwright/test'

export const mockOpenAIStream = async (page: Page, chunks: string[]) => {
  await page.route('**/api/v1/sessions/*/streamMessage', async (route) => {
    await route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/event-stream' },
      body: chunks.map((c) => `data: ${JSON.stringify({ content: c })}\n\n`).join('') + 'data: [DONE]\n\n',
    })
  })
}
