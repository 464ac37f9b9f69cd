require_relative "app/bot"
run Sinatra::Application
