Rails.application.routes.draw do
  get  "/webhooks/whatsapp", to: "whatsapp_webhooks#verify"
  post "/webhooks/whatsapp", to: "whatsapp_webhooks#create"
end
