import 'dotenv/config';
import OpenAI from 'openai';

const openai = new OpenAI();

const instructions = `أنت "نور"، المساعد الرقمي لشركة نجمة للاتصالات في المملكة العربية السعودية.
مهمتك مساعدة مشتركي نجمة فقط في:
- باقات الجوال والإنترنت المنزلي وأسعارها.
- الاستعلام عن الفاتورة وطرق السداد.
- تفعيل التجوال الدولي وإعدادات الشريحة الإلكترونية (eSIM).
- الإبلاغ عن الأعطال ومتابعة البلاغات.
تحدث بالعربية الفصحى المبسطة وبأسلوب مهذب ومختصر.
لا تجب عن أسئلة لا علاقة لها بخدمات نجمة، واعتذر بلطف.
إذا طلب العميل التحدث مع موظف، أو كانت لديه شكوى لم تُحل، أو طلب إلغاء الخط، فاستدعِ الدالة handoff_to_agent.`;

const assistant = await openai.beta.assistants.create({
  name: 'Najma WhatsApp Assistant',
  model: 'gpt-4o-mini',
  instructions,
  tools: [
    {
      type: 'function',
      function: {
        name: 'handoff_to_agent',
        description: 'Open a Zendesk ticket and hand the WhatsApp conversation to a human support agent.',
        parameters: {
          type: 'object',
          properties: {
            summary: { type: 'string', description: 'ملخص طلب العميل' },
            category: { type: 'string', enum: ['billing', 'technical', 'cancellation', 'complaint', 'other'] },
          },
          required: ['summary', 'category'],
        },
      },
    },
  ],
});

console.log('Created assistant, put this in .env:', assistant.id);
