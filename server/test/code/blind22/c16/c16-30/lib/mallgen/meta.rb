require "faraday"
require "json"

module Mallgen
  # Skickar in mallen för granskning via Graph API (WABA /message_templates).
  class Meta
    def initialize
      @conn = Faraday.new(url: "https://graph.facebook.com/v21.0") do |f|
        f.request :authorization, "Bearer", ENV.fetch("META_SYSTEM_USER_TOKEN")
        f.headers["Content-Type"] = "application/json"
      end
    end

    def submit(tpl)
      components = [{ type: "BODY", text: tpl["body"], example: { body_text: [tpl["examples"]] } }]
      if tpl["buttons"]&.any?
        components << { type: "BUTTONS", buttons: tpl["buttons"] }
      end
      res = @conn.post("#{ENV.fetch('WABA_ID')}/message_templates", {
        name: tpl["name"], category: tpl["category"], language: tpl["language"] || "sv", components: components
      }.to_json)
      JSON.parse(res.body)
    end
  end
end
