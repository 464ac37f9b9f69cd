const OMS = process.env.OMS_URL ?? 'http://oms.sabzimandi.internal';

export async function orderStatus(orderId: string | null, phone: string): Promise<string> {
  const q = orderId ? `id=${orderId}` : `phone=${phone}&latest=1`;
  const r = await fetch(`${OMS}/orders?${q}`);
  if (!r.ok) return 'ऑर्डर नहीं मिला 🙏 कृपया अपना ऑर्डर नंबर (SM-xxxxx) भेजें।';
  const o = await r.json();
  return `ऑर्डर ${o.id}: ${o.statusHi}. अनुमानित डिलीवरी: ${o.eta}`;
}

export function newOrderLink(): string {
  return 'ताज़ी सब्ज़ियाँ ऑर्डर करने के लिए यहाँ टैप करें 👉 https://sabzimandi.in/order (₹199 से ऊपर फ्री डिलीवरी)';
}
