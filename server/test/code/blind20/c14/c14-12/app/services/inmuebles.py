import json
from pathlib import Path

_CARTERA = json.loads((Path(__file__).parent.parent / "data" / "cartera.json").read_text(encoding="utf-8")) \
    if (Path(__file__).parent.parent / "data" / "cartera.json").exists() else []


def buscar_inmuebles(operacion: str, zona: str | None = None, presupuesto_max: int | None = None,
                     habitaciones_min: int | None = None) -> list[dict]:
    res = [i for i in _CARTERA if i["operacion"] == operacion]
    if zona:
        res = [i for i in res if zona.lower() in i["zona"].lower()]
    if presupuesto_max:
        res = [i for i in res if i["precio"] <= presupuesto_max]
    if habitaciones_min:
        res = [i for i in res if i["habitaciones"] >= habitaciones_min]
    return res[:5]
