class WhatsappWebhooksController < ActionController::API
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

    from = msg[:from]
    history = Rails.cache.fetch("wa:#{from}") { [] }
    history << { role: "user", content: msg.dig(:text, :body) }

    answer = AssistantFibrea.new.reply(history)
    answer = SuperviseurIa.new.prendre_en_charge(history) if answer.start_with?("ESCALADE")

    history << { role: "assistant", content: answer }
    Rails.cache.write("wa:#{from}", history.last(30), expires_in: 12.hours)
    WhatsappCloud.send_text(from, answer)
    head :ok
  end
end
