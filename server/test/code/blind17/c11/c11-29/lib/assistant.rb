require "openai"
require "redis"
require "json"
require "yaml"

class Assistant
  CONFIG = YAML.load_file(File.expand_path("../config/prompt.yml", __dir__))

  def initialize
    @client = OpenAI::Client.new(access_token: ENV.fetch("OPENAI_ACCESS_TOKEN"))
    @redis = Redis.new(url: ENV.fetch("REDIS_URL", "redis://localhost:6379/3"))
  end

  def reply(from, text)
    history = JSON.parse(@redis.get(key(from)) || "[]")
    history << { "role" => "user", "content" => text }

    response = @client.chat(
      parameters: {
        model: "gpt-4o-mini",
        temperature: 0.3,
        messages: base_messages + history.last(12)
      }
    )
    answer = response.dig("choices", 0, "message", "content").to_s.strip
    history << { "role" => "assistant", "content" => answer }
    @redis.set(key(from), history.last(20).to_json, ex: 60 * 60 * 24)
    answer
  end

  private

  def key(from) = "pp:wa:#{from}"

  def base_messages
    msgs = [{ role: "system", content: CONFIG["system"] }]
    CONFIG["examples"].each do |ex|
      msgs << { role: "user", content: ex["user"] }
      msgs << { role: "assistant", content: ex["assistant"] }
    end
    msgs
  end
end
