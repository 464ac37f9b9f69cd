import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";
import { business } from "./business.js";

const menuText = business.menu.map((m) => `- ${m.item}: ${m.price}`).join("\n");

function systemFor(customerName: string) {
  return `आप "${business.name}" (${business.address}) के WhatsApp सहायक हैं। ग्राहक का नाम: ${customerName}.
आप सिर्फ़ इन विषयों पर मदद करते हैं:
• मिठाई और नमकीन का मेन्यू और दाम:
${menuText}
• दुकान का समय: ${business.hours}
• होम डिलीवरी: ${business.delivery}
• ऑर्डर लेना (आइटम, मात्रा, पता, डिलीवरी का समय) और शादी/त्योहार के बल्क ऑर्डर की जानकारी।
अगर कोई ${business.name} से अलग कोई सवाल पूछे (जैसे पढ़ाई, राजनीति, कोडिंग, सामान्य ज्ञान), तो विनम्रता से बताइए कि आप केवल दुकान से जुड़े सवालों में मदद कर सकते हैं।
जवाब छोटे, आसान हिंदी में और आदर के साथ दें।`;
}

export async function answer(customerName: string, text: string): Promise<string> {
  const { text: reply } = await generateText({
    model: openai("gpt-4o-mini"),
    system: systemFor(customerName),
    prompt: text,
    maxTokens: 400,
  });
  return reply;
}
