from pathlib import Path
import yaml
from jinja2 import Environment, FileSystemLoader

ROOT = Path(__file__).resolve().parent.parent
CONFIG = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))

_env = Environment(loader=FileSystemLoader(ROOT / "templates"), autoescape=False)
SYSTEM_INSTRUCTION = _env.get_template("system.jinja").render(**CONFIG)
