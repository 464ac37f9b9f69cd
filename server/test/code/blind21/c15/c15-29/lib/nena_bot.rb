require "json"
require "openai"
require "redis"
require "twilio-ruby"

class NenaBot
  SYSTEM = File.read(File.expand_path("../prompts/system.txt", __dir__))

  TOOLS = [
    {
      type: "function",
      function: {
        name: "create_order",
        description: "Gumawa ng order sa order sheet",
        parameters: {
          type: "object",
          properties: {
            item: { type: "string" }, quantity: { type: "string" }, date: { type: "string" },
            time: { type: "string" }, mode: { type: "string", enum: %w[pickup delivery] },
            address: { type: "string" }, name: { type: "string" }, addons: { type: "string" }
          },
          required: %w[item quantity date mode name]
        }
      }
    },
    {
      type: "function",
      function: {
        name: "handoff_to_staff",
        description: "Ipasa ang customer sa store supervisor (tao)",
        parameters: { type: "object", properties: { summary: { type: "string" } }, required: ["summary"] }
      }
    }
  ].freeze

  def initialize
    @openai = OpenAI::Client.new(access_token: ENV.fetch("OPENAI_API_KEY"))
    @twilio = Twilio::REST::Client.new(ENV.fetch("TWILIO_ACCOUNT_SID"), ENV.fetch("TWILIO_AUTH_TOKEN"))
    @redis = Redis.new(url: ENV.fetch("REDIS_URL", "redis://localhost:6379/3"))
  end

  def with_staff?(from) = @redis.exists?("staff:#{from}")

  def reply(from, text)
    history = JSON.parse(@redis.get("hist:#{from}") || "[]")
    history << { "role" => "user", "content" => text }

    4.times do
      resp = @openai.chat(parameters: {
        model: "gpt-4o-mini",
        messages: [{ role: "system", content: SYSTEM }, *history.last(14)],
        tools: TOOLS
      })
      msg = resp.dig("choices", 0, "message")
      history << msg
      calls = msg["tool_calls"]
      if calls.nil? || calls.empty?
        @redis.set("hist:#{from}", history.last(20).to_json, ex: 86_400)
        return msg["content"]
      end
      calls.each do |c|
        out = run_tool(c.dig("function", "name"), JSON.parse(c.dig("function", "arguments")), from)
        history << { "role" => "tool", "tool_call_id" => c["id"], "content" => out.to_json }
      end
    end
    "Pasensya po, nagka-problema. Paki-ulit po."
  end

  private

  def run_tool(name, args, from)
    case name
    when "create_order"
      @redis.rpush("orders", args.merge("phone" => from, "at" => Time.now.to_s).to_json)
      { ok: true, ref: "LN-#{rand(10_000..99_999)}" }
    when "handoff_to_staff"
      @twilio.messages.create(
        from: ENV.fetch("TWILIO_WHATSAPP_FROM"),
        to: ENV.fetch("STAFF_WHATSAPP"),
        body: "🐷 Customer #{from.delete_prefix('whatsapp:')} gusto makausap ang tao.\n#{args['summary']}\n" \
              "Paki-message o tawagan po sila. Reply 'DONE #{from.delete_prefix('whatsapp:+')}' para ibalik sa bot."
      )
      @redis.set("staff:#{from}", "1", ex: 6 * 3600)
      { ok: true }
    else
      { error: "unknown tool" }
    end
  end
end
