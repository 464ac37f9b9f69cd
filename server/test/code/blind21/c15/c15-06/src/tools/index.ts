import { tool } from "@langchain/core/tools";
import { z } from "zod";
import type { WASocket } from "@whiskeysockets/baileys";

export const humanMode = new Set<string>();

export function buildTools(sock: WASocket, customerJid: string) {
  const checkStock = tool(
    async ({ variety }) => {
      const r = await fetch(`${process.env.SHEET_STOCK_URL}?action=stock&variety=${encodeURIComponent(variety ?? "")}`);
      return JSON.stringify(await r.json());
    },
    {
      name: "check_stock",
      description: "查今天各品种的存货(公斤)和每公斤价格",
      schema: z.object({ variety: z.string().optional() }),
    }
  );

  const createOrder = tool(
    async (order) => {
      const r = await fetch(`${process.env.SHEET_STOCK_URL}?action=order`, {
        method: "POST",
        body: JSON.stringify({ ...order, phone: customerJid.split("@")[0] }),
      });
      return JSON.stringify(await r.json());
    },
    {
      name: "create_order",
      description: "建立订单",
      schema: z.object({
        variety: z.string(),
        kg: z.number(),
        peeled: z.boolean(),
        address: z.string(),
        slot: z.string().describe("送货时间段"),
      }),
    }
  );

  const notifyStaff = tool(
    async ({ summary }) => {
      const phone = customerJid.split("@")[0];
      await sock.sendMessage(process.env.STAFF_GROUP_JID!, {
        text: `🔔 客人需要真人跟进\n客人: +${phone}\n情况: ${summary}\n请直接用店里手机回复客人，处理完在群里打「ok ${phone}」让机器人恢复。`,
      });
      humanMode.add(customerJid);
      return "已通知同事";
    },
    {
      name: "notify_staff",
      description: "通知果园员工群，由真人接手这个客人的对话",
      schema: z.object({ summary: z.string() }),
    }
  );

  return [checkStock, createOrder, notifyStaff];
}
