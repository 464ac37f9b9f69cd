from datetime import datetime, timedelta

from sqlalchemy import Boolean, DateTime, String, Text, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
import os


class Base(DeclarativeBase):
    pass


class Chat(Base):
    __tablename__ = "chats"
    wa_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    history: Mapped[str] = mapped_column(Text, default="[]")
    human_mode: Mapped[bool] = mapped_column(Boolean, default=False)
    human_since: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    zendesk_ticket: Mapped[str | None] = mapped_column(String(20), nullable=True)


engine = create_engine(os.environ.get("DATABASE_URL", "sqlite:///velobot.db"))
Base.metadata.create_all(engine)


def get_chat(session: Session, wa_id: str) -> Chat:
    chat = session.scalar(select(Chat).where(Chat.wa_id == wa_id))
    if chat is None:
        chat = Chat(wa_id=wa_id)
        session.add(chat)
    # nach 48h ohne Rückmeldung vom Team übernimmt der Bot wieder
    if chat.human_mode and chat.human_since and datetime.utcnow() - chat.human_since > timedelta(hours=48):
        chat.human_mode = False
    return chat
