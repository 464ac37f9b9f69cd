Rails.application.routes.draw do
  get  "/webhooks/whatsapp", to: "whatsapp#verify"
  post "/webhooks/whatsapp", to: "whatsapp#receive"
end
