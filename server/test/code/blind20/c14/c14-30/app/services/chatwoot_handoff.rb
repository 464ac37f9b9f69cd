# 把对话转给 Chatwoot 里的「招生组」(team)，由招生老师在 Chatwoot 收件箱回复，
# Chatwoot 的 WhatsApp Cloud 收件箱会直接把老师的回复发到家长的 WhatsApp。
class ChatwootHandoff
  BASE = ENV.fetch("CHATWOOT_URL", "https://chat.qiming.edu.sg")

  def initialize(conversation)
    @conversation = conversation
    @http = Faraday.new(url: BASE, headers: { "api_access_token" => ENV.fetch("CHATWOOT_TOKEN") }) do |f|
      f.request :json
      f.response :json
    end
  end

  def call!
    account = ENV.fetch("CHATWOOT_ACCOUNT_ID")
    cw_id = @conversation.chatwoot_conversation_id
    @http.post("/api/v1/accounts/#{account}/conversations/#{cw_id}/assignments",
               { team_id: ENV.fetch("CHATWOOT_ADMISSIONS_TEAM_ID").to_i })
    @http.post("/api/v1/accounts/#{account}/conversations/#{cw_id}/messages",
               { content: "【机器人转接】\n#{@conversation.transcript}", message_type: "outgoing", private: true })
    @conversation.update!(mode: "human", handed_off_at: Time.current)
  end
end
