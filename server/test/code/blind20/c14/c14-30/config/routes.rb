Rails.application.routes.draw do
  get  "/whatsapp/webhook", to: "whatsapp/webhooks#verify"
  post "/whatsapp/webhook", to: "whatsapp/webhooks#receive"
  get  "/up", to: "rails/health#show"
end
