class Assistente
  MAX_TURNI = 12

  def initialize(wa_id)
    @wa_id = wa_id
    @cache_key = "chat/#{wa_id}"
  end

  def rispondi(testo)
    storia = Rails.cache.read(@cache_key) || []
    storia << { role: "user", content: testo }

    risposta = ANTHROPIC.messages.create(
      model: ENV.fetch("CLAUDE_MODEL", "claude-3-5-haiku-latest"),
      max_tokens: 600,
      system_: I18n.t("assistente.system", locale: :it),
      messages: storia.last(MAX_TURNI)
    )
    testo_risposta = risposta.content.select { |b| b.type == :text }.map(&:text).join("\n")

    storia << { role: "assistant", content: testo_risposta }
    Rails.cache.write(@cache_key, storia.last(MAX_TURNI * 2), expires_in: 12.hours)
    testo_risposta
  rescue Anthropic::Errors::APIError => e
    Rails.logger.error("[assistente] #{e.message}")
    I18n.t("assistente.errore", locale: :it)
  end
end
