class PromptLibrary
  def self.fetch(key)
    YAML.load_file(Rails.root.join("config", "prompts.yml")).fetch(key.to_s)
  end
end
