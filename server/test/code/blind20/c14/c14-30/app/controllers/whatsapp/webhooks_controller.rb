module Whatsapp
  class WebhooksController < ActionController::API
    def verify
      if params["hub.mode"] == "subscribe" && params["hub.verify_token"] == ENV["WA_VERIFY_TOKEN"]
        render plain: params["hub.challenge"]
      else
        head :forbidden
      end
    end

    def receive
      msg = params.dig(:entry, 0, :changes, 0, :value, :messages, 0)
      ReplyJob.perform_later(msg[:from], msg.dig(:text, :body)) if msg && msg[:type] == "text"
      head :ok
    end
  end
end
