from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    d360_api_key: str = ""
    openai_api_key: str = ""
    modelo: str = "gpt-4o-mini"
    chatwoot_url: str = "https://chat.segurosalcala.mx"
    chatwoot_account_id: int = 1
    chatwoot_inbox_id: int = 4
    chatwoot_api_token: str = ""
    chatwoot_team_id: int = 2  # equipo "Asesores"

    class Config:
        env_file = ".env"


settings = Settings()
