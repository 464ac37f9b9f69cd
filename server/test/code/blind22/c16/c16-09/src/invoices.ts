import nodemailer from 'nodemailer';
import { redis } from './lib/quota';

// gửi hóa đơn điện tử sau khi MoMo IPN đánh dấu đã thanh toán (queue "invoices")
export function startInvoiceMailer(): void {
  const transport = nodemailer.createTransport(process.env.SMTP_URL);
  setInterval(async () => {
    const job = await redis.lpop('invoices');
    if (!job) return;
    const { email, waId, amount } = JSON.parse(job);
    await transport.sendMail({
      from: `GPT Việt <${process.env.SUPPORT_EMAIL}>`,
      to: email,
      subject: 'Hóa đơn GPT Việt Premium',
      text: `Cảm ơn bạn! Đã nhận ${amount}đ cho số ${waId}. Email này được gửi tự động, vui lòng không trả lời.`,
    });
  }, 5000);
}
