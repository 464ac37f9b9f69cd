class Chatwoot
  BASE = ENV.fetch("CHATWOOT_URL", "https://soporte.jardindelucia.co")

  def self.pasar_a_asesor(conversation_id)
    conn = Faraday.new(url: BASE, headers: { "api_access_token" => ENV.fetch("CHATWOOT_TOKEN") }) do |f|
      f.request :json
    end
    conn.post("/api/v1/accounts/#{ENV.fetch('CHATWOOT_ACCOUNT', '1')}/conversations/#{conversation_id}/toggle_status",
              { status: "open" })
  end
end
