import test, { expect } from '@playwright/test'
import { createId } from '@paralleldrive/cuid2'
import { importTypebotInDatabase } from '@typebot.io/playwright/databaseActions'
import { getTestAsset } from '@/test/utils/playwright'
import { mockOpenAIStream } from '@/test/mocks/openai'

const typebotId = createId()

test.beforeEach(async ({ page }) => {
  await mockOpenAIStream(page, ['Hello', ' from', ' the', ' mock'])
})

test('should stream chat completion into the chat', async ({ page }) => {
  await importTypebotInDatabase(
    getTestAsset('typebots/openai/chat-completion-streaming.json'),
    { id: typebotId, publicId: `${typebotId}-public` }
  )
  await page.goto(`/${typebotId}-public`)
  await page.getByPlaceholder('Type your answer...').fill('test message')
  await page.getByRole('button', { name: 'Send' }).click()
  await expect(page.getByText('Hello from the mock')).toBeVisible()
})

test('should keep dialogue variable between turns', async ({ page }) => {
  await importTypebotInDatabase(
    getTestAsset('typebots/openai/chat-completion-streaming.json'),
    { id: `${typebotId}-2`, publicId: `${typebotId}-2-public` }
  )
  await page.goto(`/${typebotId}-2-public`)
  await page.getByPlaceholder('Type your answer...').fill('first')
  await page.getByRole('button', { name: 'Send' }).click()
  await expect(page.getByText('Hello from the mock')).toBeVisible()
})
