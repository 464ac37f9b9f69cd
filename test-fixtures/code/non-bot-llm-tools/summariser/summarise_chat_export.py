"""Summarises an exported WhatsApp chat (.txt) with a local model. Not a bot: nobody messages it."""
import sys

import ollama
from llama_index.core import SimpleDirectoryReader, VectorStoreIndex
from semantic_kernel.agents import ChatCompletionAgent

text = open(sys.argv[1], encoding="utf-8").read()
result = ollama.chat(model="llama3.1", messages=[{"role": "user", "content": f"Summarise this chat:\n{text}"}])
print(result["message"]["content"])

index = VectorStoreIndex.from_documents(SimpleDirectoryReader("exports").load_data())
engine = index.as_chat_engine(chat_mode="context", system_prompt="You are a helpful assistant.")
print(engine.chat("What did we decide about the trip?"))

agent = ChatCompletionAgent(service=None, name="Reviewer", instructions="Answer any question about anything.")
