import os
from dataclasses import dataclass
import requests

BASE = os.getenv("AGENDA_URL", "https://agenda.cliniquerosemont.ca/api")


@dataclass
class Plage:
    id: str
    libelle: str


class AgendaClient:
    def __init__(self):
        self.s = requests.Session()
        self.s.headers["Authorization"] = f"Bearer {os.getenv('AGENDA_TOKEN', '')}"

    def premiere_plage_libre(self, jour):
        r = self.s.get(f"{BASE}/plages", params={"jour": jour, "libre": 1}, timeout=8)
        items = r.json() if r.ok else []
        return Plage(items[0]["id"], items[0]["libelle"]) if items else None

    def reserver(self, plage, nom, telephone):
        self.s.post(f"{BASE}/plages/{plage.id}/reserver", json={"nom": nom, "tel": telephone}, timeout=8)

    def annuler_prochain(self, telephone):
        r = self.s.post(f"{BASE}/rdv/annuler-prochain", json={"tel": telephone}, timeout=8)
        return r.ok
