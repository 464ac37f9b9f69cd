require "faraday"
require "anthropic"

class WaAssistant
  GRAPH = "https://graph.facebook.com/v21.0".freeze

  def initialize(cfg = Rails.application.config_for(:assistant))
    @cfg = cfg
    @claude = Anthropic::Client.new(access_token: ENV.fetch("ANTHROPIC_API_KEY"))
    @graph = Faraday.new(url: GRAPH, headers: { "Authorization" => "Bearer #{ENV.fetch('WA_ACCESS_TOKEN')}" }) do |f|
      f.request :json
      f.response :json
    end
  end

  def handle(from:, text:)
    resp = @claude.messages(parameters: {
      model: @cfg[:model],
      max_tokens: @cfg[:max_tokens],
      system: @cfg[:system_prompt],
      messages: [{ role: "user", content: text }]
    })
    answer = resp.dig("content", 0, "text").to_s
    @graph.post("#{ENV.fetch('WA_PHONE_NUMBER_ID')}/messages", {
      messaging_product: "whatsapp", to: from, type: "text", text: { body: answer }
    })
  end
end
