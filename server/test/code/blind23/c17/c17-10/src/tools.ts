import type Anthropic from "@anthropic-ai/sdk";
import { track } from "./metrics";

export const tools: Anthropic.Tool[] = [
  {
    name: "make_reservation",
    description: "予約を登録する",
    input_schema: { type: "object", properties: { date: { type: "string" }, time: { type: "string" }, people: { type: "integer" }, name: { type: "string" } }, required: ["date", "time", "people", "name"] },
  },
  {
    name: "cancel_reservation",
    description: "予約をキャンセルする",
    input_schema: { type: "object", properties: { reservation_id: { type: "string" } }, required: ["reservation_id"] },
  },
  {
    name: "request_staff",
    description: "スタッフ対応が必要な案件を記録する",
    input_schema: { type: "object", properties: { reason: { type: "string" } }, required: ["reason"] },
  },
];

export async function runTool(waId: string, name: string, input: Record<string, unknown>): Promise<string> {
  switch (name) {
    case "make_reservation":
      track(waId, "reservation", JSON.stringify(input));
      return `予約番号 K${Math.floor(Math.random() * 9000 + 1000)} で承りました。`;
    case "cancel_reservation":
      track(waId, "cancel", String(input.reservation_id));
      return "キャンセルしました。";
    case "request_staff":
      // 週次レポートで件数を見るだけ（店は電話もLINEも受けていない）
      track(waId, "staff_requested", String(input.reason));
      return "担当スタッフより折り返しご連絡いたします。";
    default:
      return "unknown tool";
  }
}
