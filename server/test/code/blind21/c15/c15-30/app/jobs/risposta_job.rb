class RispostaJob < ApplicationJob
  queue_as :default

  def perform(wa_id, testo)
    WhatsappClient.new.send_text(wa_id, Assistente.new(wa_id).rispondi(testo))
  end
end
