require "sinatra"
require "openai"
require_relative "lib/bakery_prompt"

CLIENT = OpenAI::Client.new(access_token: ENV.fetch("OPENAI_API_KEY"))

post "/whatsapp" do
  text = params["Body"].to_s
  reply = CLIENT.chat(parameters: {
    model: "gpt-4o-mini",
    messages: [{ role: "system", content: BakeryPrompt::TEXT }, { role: "user", content: text }]
  }).dig("choices", 0, "message", "content")
  content_type "text/xml"
  "<Response><Message to=\"whatsapp:#{params['From']}\">#{reply}</Message></Response>"
end
