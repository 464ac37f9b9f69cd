from pydantic_ai import Agent

from .instructions import SYSTEM

enrolment_agent = Agent("openai:gpt-4o-mini", system_prompt=SYSTEM, retries=2)


async def answer(text: str) -> str:
    result = await enrolment_agent.run(text)
    return result.output
