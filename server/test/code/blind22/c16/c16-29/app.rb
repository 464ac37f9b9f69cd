require "dotenv/load"
require "json"
require "sinatra"
require "openai"
require "redis"
require "twilio-ruby"
require_relative "lib/prompt"
require_relative "lib/handoff"

OPENAI = OpenAI::Client.new(access_token: ENV.fetch("OPENAI_ACCESS_TOKEN"))
REDIS = Redis.new(url: ENV.fetch("REDIS_URL", "redis://localhost:6379/1"))

def jawab(from, text)
  key = "sejarah:#{from}"
  sejarah = JSON.parse(REDIS.get(key) || "[]")
  sejarah << { "role" => "user", "content" => text }
  res = OPENAI.chat(parameters: {
    model: "gpt-4o-mini",
    temperature: 0.3,
    messages: [{ role: "system", content: Prompt.system }] + sejarah.last(12)
  })
  balas = res.dig("choices", 0, "message", "content").to_s.strip
  sejarah << { "role" => "assistant", "content" => balas }
  REDIS.set(key, sejarah.last(20).to_json, ex: 3 * 86_400)
  balas
end

post "/whatsapp" do
  from = params["From"]
  text = params["Body"].to_s.strip
  twiml = Twilio::TwiML::MessagingResponse.new

  if Handoff.enabled?
    return twiml.to_s if REDIS.exists?("staf:#{from}")

    if Handoff.requested?(text)
      Handoff.transfer!(REDIS, from, text)
      twiml.message(body: "Baik, saya dah maklumkan staf kami. Mereka akan balas di sini sekejap lagi 🙏")
      content_type "text/xml"
      return twiml.to_s
    end
  end

  twiml.message(body: jawab(from, text))
  content_type "text/xml"
  twiml.to_s
end

get "/" do
  "Pantas Phone Repair WhatsApp bot OK"
end
