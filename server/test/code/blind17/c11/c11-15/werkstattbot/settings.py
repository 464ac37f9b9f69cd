from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    d360_api_key: str = ""
    anthropic_api_key: str = ""
    kalender_url: str = "https://termine.kfz-schaefer.de/api"
    rueckruf_aktiv: bool = False  # TODO: Rückruf-Service (Q2)
    model: str = "claude-3-5-haiku-latest"

    class Config:
        env_file = ".env"


settings = Settings()
