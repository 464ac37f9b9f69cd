require "sinatra"
require "twilio-ruby"
require_relative "lib/pedal_bot"

BOT = PedalBot.new

post "/whatsapp" do
  answer = BOT.reply(params["From"], params["Body"].to_s)
  twiml = Twilio::TwiML::MessagingResponse.new do |r|
    r.message(body: answer)
  end
  content_type "text/xml"
  twiml.to_s
end
