require "openai"
require "yaml"
require "json"
require "redis"

class Brain
  PROMPTS = YAML.load_file(File.expand_path("../config/prompts.yml", __dir__))
  MODE = ENV.fetch("BOT_MODE", "general")

  def initialize
    @client = OpenAI::Client.new(access_token: ENV.fetch("OPENAI_API_KEY"), request_timeout: 40)
    @redis = Redis.new(url: ENV.fetch("REDIS_URL", "redis://localhost:6379/0"))
    @system = PROMPTS.fetch(MODE).fetch("system")
  end

  def reply(from, text)
    key = "kuyabot:#{from}"
    history = JSON.parse(@redis.get(key) || "[]")
    history << { "role" => "user", "content" => text }

    response = @client.chat(
      parameters: {
        model: ENV.fetch("OPENAI_MODEL", "gpt-4o-mini"),
        messages: [{ role: "system", content: @system }] + history.last(12),
        temperature: 0.7
      }
    )
    answer = response.dig("choices", 0, "message", "content").to_s.strip
    history << { "role" => "assistant", "content" => answer }
    @redis.set(key, history.last(30).to_json, ex: 86_400)
    answer
  end
end
