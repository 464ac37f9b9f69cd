require "sinatra"
require "openai"
require "twilio-ruby"
require "redis"
require "json"
require_relative "lib/prompt_store"

CONCIERGE = PromptStore.fetch(:whatsapp_concierge)
OPENAI = OpenAI::Client.new(access_token: ENV.fetch("OPENAI_API_KEY"))
REDIS = Redis.new(url: ENV.fetch("REDIS_URL", "redis://localhost:6379/2"))

helpers do
  def history_for(number)
    JSON.parse(REDIS.get("kasmavi:#{number}") || "[]")
  end

  def save_history(number, hist)
    REDIS.setex("kasmavi:#{number}", 48 * 3600, hist.last(14).to_json)
  end
end

post "/twilio/whatsapp" do
  number = params["From"]
  text = params["Body"].to_s.strip
  hist = history_for(number) << { "role" => "user", "content" => text }

  response = OPENAI.chat(parameters: {
    model: CONCIERGE["model"],
    temperature: CONCIERGE["temperature"],
    messages: [{ role: "system", content: CONCIERGE["system"] }] + hist
  })
  answer = response.dig("choices", 0, "message", "content")
  save_history(number, hist << { "role" => "assistant", "content" => answer })

  content_type "text/xml"
  Twilio::TwiML::MessagingResponse.new { |r| r.message(body: answer) }.to_s
end
