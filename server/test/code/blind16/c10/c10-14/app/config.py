from pydantic import BaseModel
from pydantic_settings import BaseSettings, SettingsConfigDict, YamlConfigSettingsSource


class WhatsAppCfg(BaseModel):
    graph_version: str
    phone_number_id: str


class LLMCfg(BaseModel):
    model: str
    temperature: float = 0.3
    system_prompt: str


class Settings(BaseSettings):
    model_config = SettingsConfigDict(yaml_file="settings.yaml", env_nested_delimiter="__")

    whatsapp: WhatsAppCfg
    llm: LLMCfg
    wa_token: str = ""
    verify_token: str = "alcazaba-verify"

    @classmethod
    def settings_customise_sources(cls, settings_cls, init_settings, env_settings, dotenv_settings, file_secret_settings):
        return (init_settings, env_settings, YamlConfigSettingsSource(settings_cls))


settings = Settings()
