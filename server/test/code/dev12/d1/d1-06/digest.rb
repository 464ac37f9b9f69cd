require "openai"
client = OpenAI::Client.new(access_token: ENV.fetch("OPENAI_API_KEY"))
transcript = File.read(ARGV[0])
puts client.chat(parameters: { model: "gpt-4o-mini", messages: [
  { role: "system", content: "Summarise this support transcript for the team lead in five bullet points." },
  { role: "user", content: transcript }
] }).dig("choices", 0, "message", "content")
