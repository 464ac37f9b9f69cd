class PromptBuilder
  TEMPLATE = Rails.root.join("app/prompts/assistente.txt.erb")

  def self.system_prompt
    cfg = Rails.application.config.imobiliaria.deep_symbolize_keys
    ERB.new(File.read(TEMPLATE), trim_mode: "-").result_with_hash(cfg: cfg)
  end
end
