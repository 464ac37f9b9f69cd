require "faraday"
require "json"

# Nagpapadala ng error sa #kuyabot-dev Slack channel (para sa devs lang)
module Alerts
  module_function

  def error(err, from)
    url = ENV["SLACK_WEBHOOK_URL"]
    return unless url

    Faraday.post(url, { text: ":rotating_light: Kuya Bot error para kay #{from[-4..]}: #{err.class} – #{err.message}" }.to_json,
                 "Content-Type" => "application/json")
  rescue StandardError
    nil
  end
end
