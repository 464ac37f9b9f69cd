require_relative "app"
run SunhavenBot
