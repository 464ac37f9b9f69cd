class WhatsappClient
  def initialize
    @conn = Faraday.new(url: "https://graph.facebook.com/v21.0/#{ENV.fetch('WHATSAPP_PHONE_NUMBER_ID')}") do |f|
      f.request :json
      f.response :raise_error
      f.headers["Authorization"] = "Bearer #{ENV.fetch('WHATSAPP_TOKEN')}"
    end
  end

  def send_text(to, body)
    @conn.post("messages", { messaging_product: "whatsapp", to: to, type: "text", text: { body: body } })
  end
end
