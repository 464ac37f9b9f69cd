class WhatsappApi
  def self.enviar_texto(to, body)
    Faraday.post(
      "https://graph.facebook.com/v21.0/#{ENV.fetch('WA_PHONE_NUMBER_ID')}/messages",
      { messaging_product: "whatsapp", to: to, type: "text", text: { body: body } }.to_json,
      { "Authorization" => "Bearer #{ENV.fetch('WA_TOKEN')}", "Content-Type" => "application/json" }
    )
  end
end
