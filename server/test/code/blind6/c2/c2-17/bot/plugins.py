from typing import Annotated

from semantic_kernel.functions import kernel_function

from .whatsapp import send_text


class HandoffPlugin:
    def __init__(self, staff_number: str, customer: str):
        self.staff_number = staff_number
        self.customer = customer

    @kernel_function(name="transfer_to_staff", description="把对话转接给人工客服（发送到店员的 WhatsApp）")
    def transfer_to_staff(
        self, summary: Annotated[str, "客户问题摘要"]
    ) -> Annotated[str, "转接结果"]:
        send_text(self.staff_number, f"【转人工】客户 +{self.customer}\n{summary}")
        return "已转接人工客服，店员会尽快在 WhatsApp 联系客户。"
