require "faraday"
require "json"

module WhatsApp
  def self.conn
    @conn ||= Faraday.new(
      url: "https://graph.facebook.com/v21.0/#{ENV.fetch('WA_PHONE_NUMBER_ID')}",
      headers: { "Authorization" => "Bearer #{ENV.fetch('WA_TOKEN')}", "Content-Type" => "application/json" }
    )
  end

  def self.send_text(to, body)
    conn.post("messages", { messaging_product: "whatsapp", to: to, type: "text", text: { body: body } }.to_json)
  end
end
