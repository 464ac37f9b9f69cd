require "sinatra"
require "dotenv/load"
require "i18n"
require "anthropic"
require "twilio-ruby"
require_relative "lib/repartition"

I18n.load_path += Dir[File.join(__dir__, "config/locales/*.yml")]
I18n.available_locales = %i[fr-CA en-CA]
I18n.default_locale = :"fr-CA"

CLAUDE = Anthropic::Client.new(access_token: ENV.fetch("ANTHROPIC_API_KEY"))
HISTORIQUE = Hash.new { |h, k| h[k] = [] }

post "/twilio/whatsapp" do
  de = params["From"]
  texte = params["Body"].to_s.strip
  halt 200 if texte.empty?

  HISTORIQUE[de] << { role: "user", content: texte }
  reponse = CLAUDE.messages(
    parameters: {
      model: "claude-3-5-haiku-latest",
      system: I18n.t("bot.systeme"),
      messages: HISTORIQUE[de].last(10),
      max_tokens: 500
    }
  )
  contenu = reponse["content"].map { |b| b["text"] }.join

  if contenu.include?("[RAPPEL]")
    Repartition.demander_rappel(de, texte)
    contenu = contenu.gsub("[RAPPEL]", "").strip + "\n\n" + I18n.t("messages.rappel")
  end
  HISTORIQUE[de] << { role: "assistant", content: contenu }

  twiml = Twilio::TwiML::MessagingResponse.new { |r| r.message(body: contenu) }
  content_type "text/xml"
  twiml.to_s
end
