// Approved in WhatsApp Manager (category UTILITY, language en_GB)
export const TEMPLATES = {
  orderShipped: { name: 'order_shipped_v3', language: 'en_GB' },   // "Hi {{1}}, your order {{2}} is on its way with {{3}}. Track it: {{4}}"
  outForDelivery: { name: 'out_for_delivery_v1', language: 'en_GB' },
  delivered: { name: 'order_delivered_v2', language: 'en_GB' },
} as const;

export type TemplateKey = keyof typeof TEMPLATES;
