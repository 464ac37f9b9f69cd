from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env")

    wa_token: str
    wa_phone_number_id: str
    wa_verify_token: str
    anthropic_api_key: str
    chatwoot_url: str
    chatwoot_account_id: int
    chatwoot_inbox_id: int
    chatwoot_api_token: str


settings = Settings()
