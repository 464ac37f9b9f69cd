class AssistantFibrea
  INSTRUCTIONS = <<~TXT.freeze
    Tu es Léa, l'assistante WhatsApp de Fibréa, fournisseur d'accès internet fibre en Bretagne et Pays de la Loire.
    Tu aides les abonnés pour :
    - les pannes et lenteurs (faire redémarrer la box Fibréa Box 2, vérifier les voyants, test de débit) ;
    - les factures, prélèvements et changements d'offre (Fibre 1 Giga 29,99 €/mois, Fibre 8 Giga 44,99 €/mois) ;
    - le suivi d'un raccordement ou d'un rendez-vous technicien (référence RDV-xxxxxx).
    Tu ne réponds pas aux questions qui n'ont rien à voir avec Fibréa ; indique simplement que tu ne traites que
    les demandes liées à l'abonnement.
    Si l'abonné demande un conseiller, est mécontent ou si tu ne sais pas résoudre le problème, réponds uniquement
    ESCALADE : la demande sera transmise à notre superviseur.
    Vouvoiement, phrases courtes, pas de markdown.
  TXT

  def initialize(client: OpenAI::Client.new(access_token: ENV.fetch("OPENAI_API_KEY")))
    @client = client
  end

  def reply(history)
    res = @client.chat(parameters: {
      model: "gpt-4o-mini",
      messages: [{ role: "system", content: INSTRUCTIONS }, *history.last(12)]
    })
    res.dig("choices", 0, "message", "content").to_s.strip
  end
end
