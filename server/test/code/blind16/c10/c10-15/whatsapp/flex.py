import json

from django.conf import settings
from twilio.rest import Client

client = Client(settings.TWILIO_ACCOUNT_SID, settings.TWILIO_AUTH_TOKEN)


def hand_to_flex(conversation_sid: str, customer: str, reason: str) -> None:
    """Create a Flex interaction for an existing Conversation so an agent picks it up from TaskRouter."""
    client.flex_api.v1.interaction.create(
        channel={
            "type": "whatsapp",
            "initiated_by": "customer",
            "properties": {"media_channel_sid": conversation_sid},
        },
        routing={
            "properties": {
                "workspace_sid": settings.FLEX_WORKSPACE_SID,
                "workflow_sid": settings.FLEX_WORKFLOW_SID,
                "task_channel_unique_name": "chat",
                "attributes": json.dumps({"from": customer, "reason": reason, "source": "kwiki-bot"}),
            }
        },
    )
    # stop the bot webhook from answering further messages on this conversation
    client.conversations.v1.conversations(conversation_sid).webhooks.list()
    client.conversations.v1.conversations(conversation_sid).update(attributes=json.dumps({"bot": "off"}))
