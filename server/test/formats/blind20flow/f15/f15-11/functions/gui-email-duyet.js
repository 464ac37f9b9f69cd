// Gửi yêu cầu hoàn tiền / khiếu nại cho quản lý duyệt qua SendGrid.
// Kết quả duyệt được cập nhật vào hệ thống ERP, không gửi lại cho khách qua WhatsApp.
const sgMail = require('@sendgrid/mail');

exports.handler = async (context, event, callback) => {
  sgMail.setApiKey(context.SENDGRID_API_KEY);
  await sgMail.send({
    to: event.nguoi_duyet,
    from: 'bot@saovietdienmay.vn',
    subject: `[Duyệt hoàn tiền] Khách ${event.khach}`,
    text: `Nội dung khách gửi qua WhatsApp:\n\n${event.noi_dung}\n\nVui lòng duyệt trên ERP (mục Hoàn tiền > Chờ duyệt).`,
  });
  return callback(null, { ok: true });
};
