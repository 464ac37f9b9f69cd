require "faraday"

module Beaulieu
  module WhatsApp
    def self.conn
      @conn ||= Faraday.new(url: "https://graph.facebook.com/v21.0/#{ENV.fetch('WA_PHONE_NUMBER_ID')}") do |f|
        f.request :json
        f.response :raise_error
        f.headers["Authorization"] = "Bearer #{ENV.fetch('WA_TOKEN')}"
      end
    end

    def self.envoyer(to, texte)
      conn.post("messages", { messaging_product: "whatsapp", to: to, type: "text", text: { body: texte } })
    end
  end
end
