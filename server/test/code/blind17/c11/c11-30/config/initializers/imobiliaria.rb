Rails.application.config.imobiliaria = Rails.application.config_for(:imobiliaria)
