require "roda"
require "json"
require "dotenv/load"
require "anthropic"
require_relative "prompt"
require_relative "whatsapp"

module Beaulieu
  class App < Roda
    plugin :json_parser
    plugin :halt

    CLAUDE = Anthropic::Client.new(access_token: ENV.fetch("ANTHROPIC_API_KEY"))
    SYSTEME = Prompt.systeme
    HISTO = Hash.new { |h, k| h[k] = [] }

    def self.repondre(wa_id, texte)
      h = HISTO[wa_id]
      h << { role: "user", content: texte }
      rep = CLAUDE.messages(parameters: {
        model: Prompt::CONFIG["modele"],
        max_tokens: Prompt::CONFIG["max_tokens"],
        system: SYSTEME,
        messages: h.last(12)
      })
      out = rep.dig("content", 0, "text") || "Oups, réessaie dans une minute!"
      h << { role: "assistant", content: out }
      out
    end

    route do |r|
      r.on "webhook" do
        r.get do
          r.halt(403) unless r.params["hub.verify_token"] == ENV["WA_VERIFY_TOKEN"]
          r.params["hub.challenge"].to_s
        end

        r.post do
          msg = r.params.dig("entry", 0, "changes", 0, "value", "messages", 0)
          if msg && msg["type"] == "text"
            Thread.new do
              WhatsApp.envoyer(msg["from"], App.repondre(msg["from"], msg.dig("text", "body")))
            rescue StandardError => e
              warn "erreur: #{e.message}"
            end
          end
          "ok"
        end
      end
    end
  end
end
