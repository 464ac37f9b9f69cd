from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    id_instance: str = ""
    api_token_instance: str = ""
    shop_name: str = "Toko Batik Sekar"
    cs_number: str = "6281234567890@c.us"


settings = Settings()
