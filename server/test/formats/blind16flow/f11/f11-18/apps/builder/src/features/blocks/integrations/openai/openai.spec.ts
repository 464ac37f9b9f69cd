import test, { expect } from '@playwright/test'
import { importTypebotInDatabase } from '@typebot.io/playwright/databaseActions'
import { createId } from '@paralleldrive/cuid2'
import { getTestAsset } from '@/test/utils/playwright'

const typebotId = createId()

test('should answer with the mocked completion', async ({ page }) => {
  await importTypebotInDatabase(getTestAsset('typebots/openai-chat.json'), {
    id: typebotId,
  })
  await page.goto(`/typebots/${typebotId}/edit`)
  await page.getByRole('button', { name: 'Test' }).click()
  await page.getByPlaceholder('Type your answer...').fill('ping')
  await page.keyboard.press('Enter')
  await expect(page.getByText('PONG ping')).toBeVisible()
})
