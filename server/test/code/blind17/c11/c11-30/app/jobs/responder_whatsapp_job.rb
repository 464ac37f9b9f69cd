class ResponderWhatsappJob < ApplicationJob
  queue_as :default

  def perform(telefone, texto)
    conversa = Conversa.find_or_create_by!(telefone: telefone)
    resposta = Assistente.new.responder(conversa, texto)
    WhatsappClient.new.send_text(telefone, resposta)
  end
end
