require "sinatra/base"
require "dotenv/load"
require "openai"
require "redis"
require "json"
require "twilio-ruby"
require_relative "lib/billing"

class SunhavenBot < Sinatra::Base
  SYSTEM_PROMPT = File.read(File.join(__dir__, "config", "system_prompt.md"))
  TOOLS = [{
    type: "function",
    function: {
      name: "submit_meter_read",
      description: "Submit a customer's self meter read",
      parameters: {
        type: "object",
        properties: {
          account: { type: "string" }, read: { type: "number" }, date: { type: "string" }
        },
        required: %w[account read date]
      }
    }
  }].freeze

  configure do
    set :openai, OpenAI::Client.new(access_token: ENV.fetch("OPENAI_ACCESS_TOKEN"))
    set :redis, Redis.new(url: ENV.fetch("REDIS_URL"))
  end

  post "/twilio/whatsapp" do
    from = params["From"]
    key = "sunny:#{from}"
    history = JSON.parse(settings.redis.get(key) || "[]")
    history << { "role" => "user", "content" => params["Body"].to_s }

    messages = [{ role: "system", content: SYSTEM_PROMPT }] + history.last(12)
    reply = nil
    3.times do
      resp = settings.openai.chat(parameters: { model: "gpt-4o-mini", messages: messages, tools: TOOLS })
      msg = resp.dig("choices", 0, "message")
      if msg["tool_calls"]
        messages << msg
        msg["tool_calls"].each do |c|
          args = JSON.parse(c.dig("function", "arguments"), symbolize_names: true)
          messages << { role: "tool", tool_call_id: c["id"], content: Billing.submit_meter_read(**args) }
        end
      else
        reply = msg["content"]
        break
      end
    end

    reply ||= "Sorry, I got a bit stuck there. Could you try again?"
    history << { "role" => "assistant", "content" => reply }
    settings.redis.set(key, history.last(12).to_json, ex: 86_400)

    content_type "text/xml"
    Twilio::TwiML::MessagingResponse.new { |r| r.message(body: reply) }.to_s
  end
end
