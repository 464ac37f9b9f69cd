import { describe, expect, it, vi } from "vitest";
import typebot from "./fixtures/typebots/openai-chat-completion.json";
import { startTestSession, sendTestReply } from "./helpers/session";

vi.mock("openai", () => import("./mocks/openai"));

describe("openai block – create chat completion", () => {
  it("maps the message content to the response variable", async () => {
    const session = await startTestSession(typebot);
    expect(session.messages[0]).toMatchObject({ type: "text" });
    const reply = await sendTestReply(session, "ping");
    expect(reply.messages.at(-1)?.content).toContain("Assistant said: PONG");
  });

  it("does not call the API twice when the block is replayed", async () => {
    const session = await startTestSession(typebot);
    await sendTestReply(session, "ping");
    const { default: OpenAI } = await import("openai");
    expect(vi.mocked(OpenAI).mock.instances).toHaveLength(1);
  });
});
