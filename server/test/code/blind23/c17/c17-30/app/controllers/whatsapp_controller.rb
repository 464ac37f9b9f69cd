class WhatsappController < ActionController::API
  def verify
    if params["hub.verify_token"] == ENV["WA_VERIFY_TOKEN"]
      render plain: params["hub.challenge"]
    else
      head :forbidden
    end
  end

  def receive
    msg = params.dig(:entry, 0, :changes, 0, :value, :messages, 0)
    return head(:ok) unless msg && msg[:type] == "text"

    conversa = Conversa.find_or_create_by!(wa_id: msg[:from])
    conversa.mensajes.create!(rol: "user", texto: msg.dig(:text, :body))
    respuesta = Margarita.new.responder(conversa.mensajes.last(12).map { |m| { role: m.rol, content: m.texto } })

    if respuesta.include?("[ASESOR]")
      Chatwoot.pasar_a_asesor(conversa.chatwoot_id)
      respuesta = respuesta.gsub("[ASESOR]", "").strip +
                  "\n\nUna persona de nuestro equipo te escribe por aquí (lun a sáb 8 a. m.–7 p. m.) 🌻"
    end
    conversa.mensajes.create!(rol: "assistant", texto: respuesta)
    WhatsappApi.enviar_texto(msg[:from], respuesta)
    head :ok
  end
end
