require "yaml"

module Beaulieu
  module Prompt
    CONFIG = YAML.load_file(File.expand_path("../../config/assistant.yml", __dir__))

    def self.systeme
      c = CONFIG
      <<~TXT
        #{c["identite"]}

        Ce que tu fais :
        #{c["taches"].map { |t| "- #{t}" }.join("\n")}

        Ton :
        #{c["ton"].map { |t| "- #{t}" }.join("\n")}

        Sécurité :
        #{c["securite"].map { |t| "- #{t}" }.join("\n")}

        #{c["contact_humain"]}
      TXT
    end
  end
end
