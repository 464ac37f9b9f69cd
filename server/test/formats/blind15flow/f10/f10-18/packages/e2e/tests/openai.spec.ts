import { test, expect } from "@playwright/test";
import { importTypebotInDatabase } from "../helpers/database";
import { startOpenAIMock, stopOpenAIMock } from "../helpers/openaiMock";
import { getTestAsset } from "../helpers/utils";

const typebotId = "openai-chat-completion-fixture";

test.beforeAll(async () => {
  await startOpenAIMock({ port: 4010, reply: "Mocked answer 42" });
});

test.afterAll(async () => {
  await stopOpenAIMock();
});

test("should stream the mocked completion and loop back to input", async ({ page }) => {
  await importTypebotInDatabase(getTestAsset("typebots/openai/chatCompletion.json"), {
    id: typebotId,
    publicId: `${typebotId}-public`,
  });
  await page.goto(`/${typebotId}-public`);
  await page.getByPlaceholder("Type a message").fill("ping");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByText("Mocked answer 42")).toBeVisible();
  await expect(page.getByPlaceholder("Type a message")).toBeVisible();
});

test("should save total tokens in variable", async ({ page }) => {
  await page.goto(`/${typebotId}-public`);
  await page.getByPlaceholder("Type a message").fill("count");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.locator("[data-testid=var-Tokens]")).toHaveText(/\d+/);
});
