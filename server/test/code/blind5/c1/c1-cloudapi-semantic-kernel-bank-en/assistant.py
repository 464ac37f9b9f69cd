from pathlib import Path

from semantic_kernel import Kernel
from semantic_kernel.connectors.ai.function_choice_behavior import FunctionChoiceBehavior
from semantic_kernel.connectors.ai.open_ai import OpenAIChatCompletion, OpenAIChatPromptExecutionSettings
from semantic_kernel.contents import ChatHistory

from handoff import HandoffPlugin

with open(Path(__file__).parent / "prompts" / "system.md", encoding="utf-8") as fh:
    SYSTEM_PROMPT = fh.read()

chat_service = OpenAIChatCompletion()  # reads OPENAI_API_KEY / OPENAI_CHAT_MODEL_ID
histories: dict[str, ChatHistory] = {}


async def answer(wa_id: str, user_text: str) -> str:
    kernel = Kernel()
    kernel.add_service(chat_service)
    kernel.add_plugin(HandoffPlugin(wa_id), plugin_name="handoff")

    history = histories.setdefault(wa_id, ChatHistory(system_message=SYSTEM_PROMPT))
    history.add_user_message(user_text)

    settings = OpenAIChatPromptExecutionSettings(
        function_choice_behavior=FunctionChoiceBehavior.Auto(), temperature=0.2
    )
    result = await chat_service.get_chat_message_content(chat_history=history, settings=settings, kernel=kernel)
    history.add_message(result)
    return str(result)
