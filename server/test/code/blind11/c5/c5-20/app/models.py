from sqlalchemy import Column, Integer, String, Text, create_engine
from sqlalchemy.orm import declarative_base, sessionmaker

Base = declarative_base()
engine = create_engine("sqlite:///tenants.db")
Session = sessionmaker(bind=engine)


class Tenant(Base):
    __tablename__ = "tenants"
    id = Column(Integer, primary_key=True)
    waha_session = Column(String, unique=True)   # one WAHA session per shop
    shop_name = Column(String, nullable=False)
    menu = Column(Text, nullable=False)
    manager_phone = Column(String, nullable=False)
    extra_rules = Column(Text, default="")
