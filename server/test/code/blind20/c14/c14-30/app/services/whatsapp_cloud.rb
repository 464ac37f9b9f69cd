class WhatsappCloud
  def self.send_text(to, body)
    conn = Faraday.new(url: "https://graph.facebook.com/v21.0") do |f|
      f.request :authorization, "Bearer", ENV.fetch("WA_TOKEN")
      f.request :json
    end
    conn.post("#{ENV.fetch('WA_PHONE_NUMBER_ID')}/messages",
              { messaging_product: "whatsapp", to: to, type: "text", text: { body: body } })
  end
end
