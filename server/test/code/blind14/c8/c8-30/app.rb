require "sinatra/base"
require "dotenv/load"
require "openai"
require_relative "lib/prompt"
require_relative "lib/whatsapp"

class BotikaApp < Sinatra::Base
  OPENAI = OpenAI::Client.new(access_token: ENV.fetch("OPENAI_API_KEY"))
  HISTORY = Hash.new { |h, k| h[k] = [] }

  get "/webhook" do
    halt 403 unless params["hub.verify_token"] == ENV["WA_VERIFY_TOKEN"]
    params["hub.challenge"]
  end

  post "/webhook" do
    payload = JSON.parse(request.body.read)
    msg = payload.dig("entry", 0, "changes", 0, "value", "messages", 0)
    return 200 unless msg && msg["type"] == "text"

    from = msg["from"]
    HISTORY[from] << { role: "user", content: msg.dig("text", "body") }
    HISTORY[from] = HISTORY[from].last(10)

    resp = OPENAI.chat(parameters: {
      model: "gpt-4o-mini",
      temperature: 0.3,
      messages: [{ role: "system", content: Prompt.system }] + HISTORY[from]
    })
    answer = resp.dig("choices", 0, "message", "content") || "Pasensya na po, may error. Paki-ulit lang po."
    HISTORY[from] << { role: "assistant", content: answer }
    WhatsApp.send_text(from, answer)
    200
  end
end
