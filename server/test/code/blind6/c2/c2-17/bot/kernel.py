import yaml
from semantic_kernel import Kernel
from semantic_kernel.connectors.ai.function_choice_behavior import FunctionChoiceBehavior
from semantic_kernel.connectors.ai.open_ai import OpenAIChatCompletion, OpenAIChatPromptExecutionSettings
from semantic_kernel.contents import ChatHistory

from .plugins import HandoffPlugin

with open("settings.yaml", encoding="utf-8") as fh:
    SETTINGS = yaml.safe_load(fh)

_histories: dict[str, ChatHistory] = {}


async def answer(customer: str, text: str) -> str:
    kernel = Kernel()
    service = OpenAIChatCompletion(service_id="chat")
    kernel.add_service(service)
    kernel.add_plugin(HandoffPlugin(SETTINGS["shop"]["staff_whatsapp"], customer), plugin_name="handoff")

    history = _histories.setdefault(
        customer, ChatHistory(system_message=SETTINGS["assistant"]["system_message"])
    )
    history.add_user_message(text)

    settings = OpenAIChatPromptExecutionSettings(service_id="chat", temperature=0.2)
    settings.function_choice_behavior = FunctionChoiceBehavior.Auto()

    result = await service.get_chat_message_content(chat_history=history, settings=settings, kernel=kernel)
    history.add_message(result)
    return str(result)
