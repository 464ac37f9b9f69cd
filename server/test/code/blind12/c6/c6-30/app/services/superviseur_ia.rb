# Deuxième niveau : un modèle plus puissant reprend les cas que Léa n'a pas su traiter.
class SuperviseurIa
  INSTRUCTIONS = <<~TXT.freeze
    Tu es le superviseur virtuel du support Fibréa. L'assistante de premier niveau n'a pas résolu la demande.
    Relis la conversation, propose une solution plus détaillée ou un geste commercial standard (1 mois offert max
    si coupure > 48 h). Présente-toi comme "le service supervision Fibréa".
  TXT

  def initialize(client: OpenAI::Client.new(access_token: ENV.fetch("OPENAI_API_KEY")))
    @client = client
  end

  def prendre_en_charge(history)
    res = @client.chat(parameters: {
      model: "gpt-4o",
      messages: [{ role: "system", content: INSTRUCTIONS }, *history.last(20)]
    })
    res.dig("choices", 0, "message", "content").to_s.strip
  end
end
