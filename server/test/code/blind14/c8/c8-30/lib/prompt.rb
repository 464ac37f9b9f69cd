require "erb"

module Prompt
  STORE = {
    name: "Botika ni Aling Nena",
    address: "J.P. Rizal St., Brgy. Sto. Niño, Marikina City",
    hours: "Lunes–Sabado 7:00 AM–9:00 PM, Linggo 8:00 AM–6:00 PM",
    community_url: "https://facebook.com/groups/botikaninena.suki"
  }.freeze

  TEMPLATE = File.read(File.expand_path("../prompts/system.md.erb", __dir__))

  def self.system
    @system ||= ERB.new(TEMPLATE).result_with_hash(store: STORE)
  end
end
