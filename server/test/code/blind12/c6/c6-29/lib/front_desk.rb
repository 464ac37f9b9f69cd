require "redis"
require "twilio-ruby"

module FrontDesk
  REDIS = Redis.new(url: ENV.fetch("REDIS_URL", "redis://localhost:6379/2"))
  RECEPTION = ENV.fetch("RECEPTION_WHATSAPP", "whatsapp:+61362248390")
  BOT_NUMBER = ENV.fetch("TWILIO_WHATSAPP_FROM", "whatsapp:+61485907713")

  module_function

  def with_staff?(guest)
    REDIS.exists?("staff:#{guest}")
  end

  def page!(guest, last_message)
    REDIS.set("staff:#{guest}", Time.now.to_i, ex: 6 * 3600)
    twilio.messages.create(
      from: BOT_NUMBER,
      to: RECEPTION,
      body: "Guest #{guest.delete_prefix('whatsapp:')} needs the front desk.\n\"#{last_message[0, 300]}\"\nReply DONE #{guest.delete_prefix('whatsapp:')} when finished."
    )
  end

  def release!(number)
    REDIS.del("staff:whatsapp:#{number}")
  end

  def twilio
    @twilio ||= Twilio::REST::Client.new(ENV["TWILIO_ACCOUNT_SID"], ENV["TWILIO_AUTH_TOKEN"])
  end
end
