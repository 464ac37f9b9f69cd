require_relative "lib/beaulieu/app"
run Beaulieu::App.freeze.app
