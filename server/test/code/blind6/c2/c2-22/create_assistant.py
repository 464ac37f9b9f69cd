from openai import OpenAI

client = OpenAI()

assistant = client.beta.assistants.create(
    name="WhatsApp Assistant",
    instructions="You are a helpful assistant. Answer any question the user asks as accurately as you can.",
    model="gpt-4o",
    tools=[{"type": "code_interpreter"}],
)
print(assistant.id)
