class ReplyJob < ApplicationJob
  queue_as :default

  HANDOFF_WORDS = %w[人工 真人 agent human].freeze

  def perform(wa_id, text)
    conversation = Conversation.find_or_create_by!(wa_id: wa_id)
    return if conversation.mode == "human" # 招生老师正在 Chatwoot 里处理

    if HANDOFF_WORDS.include?(text.strip.downcase)
      ChatwootHandoff.new(conversation).call!
      WhatsappCloud.send_text(wa_id, "好的，已为您转接招生老师，老师会在这里直接回复您 🙂（周一至周六 10:00–19:00）")
      return
    end

    WhatsappCloud.send_text(wa_id, AdmissionsAssistant.new(conversation).reply(text))
  end
end
