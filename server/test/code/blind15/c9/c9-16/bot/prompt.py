import datetime
from pathlib import Path

import yaml
from jinja2 import Environment, FileSystemLoader

ROOT = Path(__file__).resolve().parent.parent
_env = Environment(loader=FileSystemLoader(ROOT / "templates"), trim_blocks=True)
_cfg = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))


def render_system(customer_name: str | None) -> str:
    return _env.get_template("system.jinja").render(
        **_cfg, customer_name=customer_name, today=datetime.date.today().strftime("%d.%m.%Y")
    )
