class WhatsappWebhooksController < ActionController::API
  def verify
    if params["hub.verify_token"] == ENV["WA_VERIFY_TOKEN"]
      render plain: params["hub.challenge"]
    else
      head :forbidden
    end
  end

  def create
    msg = params.dig(:entry, 0, :changes, 0, :value, :messages, 0)
    if msg && msg[:type] == "text"
      WaAssistant.new.handle(from: msg[:from], text: msg.dig(:text, :body))
    end
    head :ok
  end
end
