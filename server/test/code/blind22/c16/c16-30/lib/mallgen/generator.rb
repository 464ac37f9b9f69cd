require "anthropic"
require "json"

module Mallgen
  class Generator
    SYSTEM = File.read(File.expand_path("../../prompts/mallskribent.md", __dir__))

    def initialize(model: ENV.fetch("ANTHROPIC_MODEL", "claude-3-5-sonnet-latest"))
      @client = Anthropic::Client.new(access_token: ENV.fetch("ANTHROPIC_API_KEY"))
      @model = model
    end

    def draft(brief, category:)
      res = @client.messages(parameters: {
        model: @model,
        max_tokens: 800,
        system: SYSTEM,
        messages: [{ role: "user", content: "Kategori: #{category}\nBehov: #{brief}" }]
      })
      text = res.dig("content", 0, "text").to_s
      JSON.parse(text[/\{.*\}/m] || "{}")
    end

    def self.lint(tpl)
      problems = []
      body = tpl["body"].to_s
      problems << "för lång (#{body.length} tecken)" if body.length > 550
      problems << "variabel först/sist" if body.strip.start_with?("{{") || body.strip.end_with?("}}")
      problems << "två variabler i rad" if body.match?(/\}\}\s*\{\{/)
      problems << "saknar STOPP-rad" if tpl["category"] == "MARKETING" && !body.include?("STOPP")
      problems
    end
  end
end
