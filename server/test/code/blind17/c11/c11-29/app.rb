require "sinatra"
require "dotenv/load"
require "twilio-ruby"
require_relative "lib/assistant"

set :port, ENV.fetch("PORT", 4567)

ASSISTANT = Assistant.new
VALIDATOR = Twilio::Security::RequestValidator.new(ENV.fetch("TWILIO_AUTH_TOKEN"))

post "/whatsapp" do
  signature = request.env["HTTP_X_TWILIO_SIGNATURE"].to_s
  halt 403 unless VALIDATOR.validate(request.url, params, signature)

  answer = ASSISTANT.reply(params["From"], params["Body"].to_s)

  content_type "text/xml"
  Twilio::TwiML::MessagingResponse.new { |r| r.message(body: answer) }.to_s
end

get "/up" do
  "ok"
end
