require "twilio-ruby"

# Envoie un SMS au cellulaire de la répartitrice (Josée) pour qu'elle rappelle le client.
module Repartition
  module_function

  def demander_rappel(client_wa, resume)
    twilio.messages.create(
      from: ENV.fetch("TWILIO_SMS_NUMBER"),
      to: ENV.fetch("REPARTITION_CELL"),
      body: "Rappel demandé par #{client_wa.sub('whatsapp:', '')} : #{resume[0, 300]}"
    )
  end

  def twilio
    @twilio ||= Twilio::REST::Client.new(ENV.fetch("TWILIO_ACCOUNT_SID"), ENV.fetch("TWILIO_AUTH_TOKEN"))
  end
end
