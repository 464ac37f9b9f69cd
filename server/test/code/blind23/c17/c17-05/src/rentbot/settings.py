from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    d360_api_key: str = ""
    azure_openai_endpoint: str = ""
    azure_openai_key: str = ""
    azure_deployment: str = "gpt4o-mini-uae"
    # Agent desk in Respond.io not live yet – keep off until ops confirms staffing.
    handoff_enabled: bool = False
    agents_inbox_webhook: str = ""

    class Config:
        env_file = ".env"


settings = Settings()
