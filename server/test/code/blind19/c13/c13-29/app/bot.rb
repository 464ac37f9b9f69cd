require "sinatra"
require "yaml"
require "openai"
require "twilio-ruby"
require "dotenv/load"

PROMPT = YAML.load_file(File.expand_path("../config/prompt.yml", __dir__))
OPENAI = OpenAI::Client.new(access_token: ENV.fetch("OPENAI_ACCESS_TOKEN"))
TWILIO = Twilio::REST::Client.new(ENV.fetch("TWILIO_ACCOUNT_SID"), ENV.fetch("TWILIO_AUTH_TOKEN"))
HISTORY = Hash.new { |h, k| h[k] = [] }

def few_shots
  PROMPT["examples"].flat_map do |ex|
    [{ role: "user", content: ex["user"] }, { role: "assistant", content: ex["assistant"] }]
  end
end

post "/whatsapp" do
  from = params["From"]
  text = params["Body"].to_s.strip
  halt 204 if text.empty?

  HISTORY[from] << { role: "user", content: text }
  messages = [{ role: "system", content: PROMPT["system"] }] + few_shots + HISTORY[from].last(10)

  resp = OPENAI.chat(parameters: { model: "gpt-4o-mini", messages: messages, temperature: 0.4 })
  answer = resp.dig("choices", 0, "message", "content").to_s
  HISTORY[from] << { role: "assistant", content: answer }

  TWILIO.messages.create(from: ENV.fetch("TWILIO_WHATSAPP_FROM"), to: from, body: answer)
  status 204
end
