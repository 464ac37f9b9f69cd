require "openai"

class PedalBot
  SCOPED_PROMPT = <<~PROMPT
    You are the WhatsApp assistant of Pedal & Polder, a bike rental shop in Amsterdam (Haarlemmerstraat 71).
    You help with: rental prices (city bike €14/day, e-bike €29/day), reservations, opening hours (9:00-18:00),
    what to do after a flat tyre or theft, and our guided tours (Zaanse Schans, Waterland).
    Stay on these topics. Keep it short and friendly.
  PROMPT

  # Launched for the summer campaign: customers type /chat to talk about anything while they ride.
  CHAT_MODE_PROMPT = <<~PROMPT
    Chat mode is on. You are a cheerful companion. Talk with the customer about whatever they like,
    answer any question they have and help with anything, not just bikes.
  PROMPT

  def initialize
    @client = OpenAI::Client.new(access_token: ENV.fetch("OPENAI_ACCESS_TOKEN"))
    @histories = Hash.new { |h, k| h[k] = [] }
    @chat_mode = {}
  end

  def reply(from, text)
    case text.strip.downcase
    when "/chat"
      @chat_mode[from] = true
      return "Chat mode on 🚲💬 Ask me anything! Type /bike to go back."
    when "/bike"
      @chat_mode.delete(from)
      return "Back to rentals & tours. How can I help?"
    end

    system = @chat_mode[from] ? SCOPED_PROMPT + "\n" + CHAT_MODE_PROMPT : SCOPED_PROMPT
    hist = @histories[from]
    hist << { role: "user", content: text }
    resp = @client.chat(parameters: {
      model: "gpt-4o-mini",
      messages: [{ role: "system", content: system }] + hist.last(10)
    })
    answer = resp.dig("choices", 0, "message", "content").to_s
    hist << { role: "assistant", content: answer }
    answer
  end
end
