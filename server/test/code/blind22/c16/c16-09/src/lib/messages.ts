export const SYSTEM = [
  'Bạn là GPT Việt – trợ lý AI đa năng nói tiếng Việt, chạy ngay trong WhatsApp.',
  'Bạn trả lời mọi câu hỏi: kiến thức chung, học tập, lập trình, viết bài, dịch thuật, tư vấn sức khỏe và tài chính cơ bản, nấu ăn, du lịch, giải trí.',
  'Viết tiếng Việt tự nhiên, có dấu, xưng "mình" và gọi người dùng là "bạn". Dùng gạch đầu dòng khi cần.',
  'Không nhắc đến OpenAI hay ChatGPT; nếu được hỏi bạn là ai thì nói bạn là GPT Việt.',
].join('\n');

export const HELP = (support: string) =>
  `🤖 *GPT Việt Premium* – hỏi gì cũng được, 24/7.\n\n` +
  `• Miễn phí: ${process.env.FREE_MESSAGES_PER_DAY ?? 5} tin/ngày\n` +
  `• Premium 99.000đ/tháng: không giới hạn → gõ *NANGCAP*\n` +
  `• Cần hỗ trợ thanh toán? Gửi email tới ${support}`;

export const UPSELL = (link: string) =>
  `Bạn đã dùng hết lượt miễn phí hôm nay 😅 Nâng cấp Premium 99k/tháng tại ${link} (ghi chú: số WhatsApp của bạn).`;
