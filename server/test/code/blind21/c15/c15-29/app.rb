require "dotenv/load"
require "sinatra"
require "twilio-ruby"
require_relative "lib/nena_bot"

BOT = NenaBot.new
STAFF = ENV.fetch("STAFF_WHATSAPP")

post "/whatsapp" do
  from = params["From"]
  body = params["Body"].to_s.strip
  twiml = Twilio::TwiML::MessagingResponse.new

  if from == STAFF
    # Ate Joy: "DONE 639xxxxxxxxx" -> balik sa bot
    if (m = body.match(/\ADONE\s+(\d+)/i))
      Redis.new(url: ENV["REDIS_URL"]).del("staff:whatsapp:+#{m[1]}")
      twiml.message(body: "OK, naibalik sa bot.")
    end
  elsif BOT.with_staff?(from)
    # hawak na ng staff — tahimik ang bot
  else
    twiml.message(body: BOT.reply(from, body))
  end

  content_type "text/xml"
  twiml.to_s
end
