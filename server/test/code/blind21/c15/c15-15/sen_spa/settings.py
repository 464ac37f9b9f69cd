from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env")

    wa_token: str
    wa_phone_id: str
    wa_verify: str
    gemini_api_key: str
    gemini_model: str = "gemini-2.5-flash"
    booking_api: str
    booking_key: str


settings = Settings()
