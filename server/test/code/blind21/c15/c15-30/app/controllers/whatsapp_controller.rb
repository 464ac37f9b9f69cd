class WhatsappController < ActionController::API
  def verify
    if params["hub.verify_token"] == ENV["WHATSAPP_VERIFY_TOKEN"]
      render plain: params["hub.challenge"]
    else
      head :forbidden
    end
  end

  def receive
    msg = params.dig(:entry, 0, :changes, 0, :value, :messages, 0)
    if msg && msg[:type] == "text"
      RispostaJob.perform_later(msg[:from], msg.dig(:text, :body))
    end
    head :ok
  end
end
