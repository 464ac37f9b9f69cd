require "twilio-ruby"

module Handoff
  KEYWORDS = /\b(staf|staff|orang|manusia|komplen|complain|refund|agent)\b/i

  def self.enabled?
    ENV.fetch("ENABLE_HANDOFF", "false") == "true" && !ENV.fetch("STAFF_WHATSAPP", "").empty?
  end

  def self.requested?(text)
    KEYWORDS.match?(text)
  end

  def self.transfer!(redis, from, text)
    redis.set("staf:#{from}", "1", ex: 8 * 3600)
    Twilio::REST::Client.new(ENV["TWILIO_ACCOUNT_SID"], ENV["TWILIO_AUTH_TOKEN"]).messages.create(
      from: ENV["TWILIO_WHATSAPP_FROM"],
      to: ENV["STAFF_WHATSAPP"],
      body: "Pelanggan #{from.delete_prefix('whatsapp:')} minta cakap dengan staf: #{text}"
    )
  end
end
