require "sinatra"
require "openai"
require "twilio-ruby"
require_relative "lib/front_desk"

SYSTEM_PROMPT = File.read(File.join(__dir__, "prompts", "system.txt"))
RATES = File.read(File.join(__dir__, "prompts", "rates.txt"))
OPENAI = OpenAI::Client.new(access_token: ENV.fetch("OPENAI_API_KEY"))
HISTORY = Hash.new { |h, k| h[k] = [] }

def twiml(text)
  Twilio::TwiML::MessagingResponse.new { |r| r.message(body: text) if text }.to_s
end

post "/whatsapp" do
  content_type "text/xml"
  guest = params["From"]
  body = params["Body"].to_s.strip

  if guest == FrontDesk::RECEPTION && body =~ /\ADONE\s+\+?(\d+)/i
    FrontDesk.release!("+#{Regexp.last_match(1)}")
    return twiml("Released. The concierge bot will pick up again.")
  end
  return twiml(nil) if FrontDesk.with_staff?(guest)

  HISTORY[guest] << { role: "user", content: body }
  resp = OPENAI.chat(parameters: {
    model: "gpt-4o-mini",
    temperature: 0.3,
    messages: [{ role: "system", content: "#{SYSTEM_PROMPT}\n\nRATES:\n#{RATES}" }] + HISTORY[guest].last(12)
  })
  answer = resp.dig("choices", 0, "message", "content").to_s.strip

  if answer.include?("<FRONT_DESK>")
    FrontDesk.page!(guest, body)
    return twiml("I've let our front desk know — someone from reception will message you here in a few minutes.")
  end

  HISTORY[guest] << { role: "assistant", content: answer }
  twiml(answer)
end
