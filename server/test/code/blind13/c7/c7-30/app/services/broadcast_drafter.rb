class BroadcastDrafter
  PROMPT = Rails.root.join("config/prompts/broadcast_copy.md").read

  def initialize(client: OpenAI::Client.new(access_token: Rails.application.credentials.openai_api_key))
    @client = client
  end

  def call(campaign)
    brief = <<~BRIEF
      Goal: #{campaign.goal}
      Products: #{campaign.products.join(", ")}
      Offer: #{campaign.offer}
      Dates: #{campaign.starts_on.strftime("%d/%m")} a #{campaign.ends_on.strftime("%d/%m")}
      Segment: #{campaign.segment}
    BRIEF

    resp = @client.chat(parameters: {
      model: "gpt-4o",
      temperature: 0.8,
      messages: [
        { role: "system", content: PROMPT },
        { role: "user", content: brief }
      ]
    })
    campaign.broadcast_drafts.create!(body: resp.dig("choices", 0, "message", "content"), status: :pending_review)
  end
end
