require_relative "app"
run BotikaApp
