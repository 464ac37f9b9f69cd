class AdmissionsAssistant
  PROMPT = Rails.root.join("config/prompts/admissions.zh.md").read
  MODEL = ENV.fetch("CLAUDE_MODEL", "claude-3-5-haiku-latest")

  TOOLS = [
    {
      name: "book_trial",
      description: "为学生预约免费试听课",
      input_schema: {
        type: "object",
        properties: {
          student_name: { type: "string" },
          level: { type: "string", description: "如 P4、Sec 2" },
          school: { type: "string" },
          subject: { type: "string" },
          preferred_slot: { type: "string" }
        },
        required: %w[student_name level subject preferred_slot]
      }
    }
  ].freeze

  def initialize(conversation)
    @conversation = conversation
    @client = Anthropic::Client.new(api_key: ENV.fetch("ANTHROPIC_API_KEY"))
  end

  def reply(text)
    messages = @conversation.recent_messages(14) + [{ role: "user", content: text }]

    3.times do
      res = @client.messages.create(model: MODEL, max_tokens: 600, system: PROMPT, tools: TOOLS, messages: messages)
      tool_use = res.content.find { |b| b.type.to_s == "tool_use" }
      unless tool_use
        answer = res.content.select { |b| b.type.to_s == "text" }.map(&:text).join("\n")
        @conversation.append!(text, answer)
        return answer
      end

      result = TrialBooking.create_from_tool!(@conversation.wa_id, tool_use.input)
      messages += [
        { role: "assistant", content: res.content.map(&:to_h) },
        { role: "user", content: [{ type: "tool_result", tool_use_id: tool_use.id, content: result.to_json }] }
      ]
    end
    "抱歉，系统有点忙，请稍后再试。"
  end
end
