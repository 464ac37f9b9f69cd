from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    graph_token: str = ""
    phone_number_id: str = ""
    system_prompt: str = (
        "Você é a assistente virtual da Padaria Trigo Dourado. Responda apenas sobre produtos, encomendas, "
        "preços e horário de funcionamento. Recuse com educação qualquer outro assunto. Se o cliente pedir "
        "para falar com uma pessoa, diga que vai transferir para um atendente humano."
    )


settings = Settings()
