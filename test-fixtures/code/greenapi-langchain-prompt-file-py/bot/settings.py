from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="BOT_")

    green_id_instance: str = ""
    green_api_token: str = ""
    openai_model: str = "gpt-4o-mini"
    prompt_file: str = "prompts/system.txt"
    temperature: float = Field(default=0.4)


settings = Settings()
