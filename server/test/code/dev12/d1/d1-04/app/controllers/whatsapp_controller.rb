class WhatsappController < ApplicationController
  PROMPT = PromptLibrary.fetch(:garage_assistant)

  def receive
    message = params["entry"][0]["changes"][0]["value"]["messages"][0]
    client = OpenAI::Client.new(access_token: ENV["OPENAI_API_KEY"])
    answer = client.chat(parameters: { model: "gpt-4o-mini",
      messages: [{ "role" => "system", "content" => PROMPT["system"] }, { "role" => "user", "content" => message["text"]["body"] }] })
    Faraday.post("https://graph.facebook.com/v21.0/#{ENV['PHONE_ID']}/messages",
      { messaging_product: "whatsapp", to: message["from"], text: { body: answer.dig("choices", 0, "message", "content") } }.to_json)
    head :ok
  end
end
