require "net/http"
require "json"

module Billing
  module_function

  def submit_meter_read(account:, read:, date:)
    uri = URI("#{ENV.fetch('BILLING_API')}/accounts/#{account}/reads")
    res = Net::HTTP.post(uri, { read: read, date: date, source: "whatsapp" }.to_json, "Content-Type" => "application/json")
    res.is_a?(Net::HTTPSuccess) ? "Read received, thanks." : "Couldn't find that account number."
  end
end
