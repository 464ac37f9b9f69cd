require "yaml"

module PromptStore
  PATH = File.expand_path("../config/prompts.yml", __dir__)

  def self.fetch(key)
    @data ||= YAML.safe_load_file(PATH, aliases: true)
    @data.fetch(key.to_s)
  end
end
