class SubmitTemplateJob
  include Sidekiq::Job

  # Submits an approved draft to Meta as a MARKETING template (the broadcast itself is scheduled by marketing)
  def perform(draft_id)
    draft = BroadcastDraft.find(draft_id)
    return unless draft.approved?

    conn = Faraday.new("https://graph.facebook.com/v21.0") do |f|
      f.request :authorization, "Bearer", Rails.application.credentials.dig(:whatsapp, :token)
      f.request :json
      f.response :raise_error
    end
    conn.post("#{Rails.application.credentials.dig(:whatsapp, :waba_id)}/message_templates", {
      name: "promo_#{draft.campaign.slug}_#{draft.id}",
      category: "MARKETING",
      language: "pt_BR",
      components: [{ type: "BODY", text: draft.final_text,
                     example: { body_text: [["Ana", "Trigo Dourado Moinhos"]] } }]
    })
    draft.submitted!
  end
end
