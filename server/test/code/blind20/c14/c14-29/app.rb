require "dotenv/load"
require "sinatra"
require "twilio-ruby"
require_relative "lib/brain"
require_relative "lib/alerts"

set :port, ENV.fetch("PORT", 4567)
BRAIN = Brain.new

before "/whatsapp" do
  next if settings.development?

  validator = Twilio::Security::RequestValidator.new(ENV.fetch("TWILIO_AUTH_TOKEN"))
  halt 403 unless validator.validate(request.url, request.POST, request.env["HTTP_X_TWILIO_SIGNATURE"])
end

post "/whatsapp" do
  from = params["From"]
  body = params["Body"].to_s.strip

  text =
    begin
      body.empty? ? "Hello! Ako si Kuya Bot 👋 Ano'ng maitutulong ko?" : BRAIN.reply(from, body)
    rescue StandardError => e
      Alerts.error(e, from)
      "Ay sorry, nagka-problema ako 😅 Subukan mo ulit mamaya."
    end

  twiml = Twilio::TwiML::MessagingResponse.new do |r|
    r.message(body: text)
  end
  content_type "text/xml"
  twiml.to_s
end

get "/health" do
  "ok"
end
