from pathlib import Path

from jinja2 import Environment, FileSystemLoader

env = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"))

CONTEXT = {
    "brand": "СеверНет",
    "city": "Архангельск",
    "tariffs": [
        {"name": "Домашний 300", "price": 550},
        {"name": "Домашний 500 + ТВ", "price": 790},
        {"name": "Гигабит", "price": 990},
    ],
}

SYSTEM_PROMPT = env.get_template("system.jinja").render(**CONTEXT)
