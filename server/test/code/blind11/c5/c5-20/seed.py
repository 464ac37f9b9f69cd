from app.models import Base, Session, Tenant, engine

Base.metadata.create_all(engine)
with Session() as db:
    db.merge(Tenant(id=1, waha_session="chayun-kl", shop_name="茶韵奶茶 Cha Yun (Petaling Street)",
                    manager_phone="60127784531",
                    menu="珍珠奶茶 RM9.90\n黑糖鲜奶 RM11.90\n芒果西米露 RM12.50\n茉莉绿茶 RM7.50\n加料：珍珠/椰果/布丁 +RM1.50",
                    extra_rules="外送只送吉隆坡市中心 5 公里内，满 RM30 免配送费。"))
    db.commit()
