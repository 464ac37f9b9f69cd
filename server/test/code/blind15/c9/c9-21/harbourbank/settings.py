import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["wa.harbourcu.co.uk"]
INSTALLED_APPS = ["django.contrib.contenttypes", "waassist"]
ROOT_URLCONF = "harbourbank.urls"
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "waassist", "HOST": os.getenv("PGHOST", "localhost")}}

WA_GRAPH_URL = f"https://graph.facebook.com/v21.0/{os.getenv('WA_PHONE_NUMBER_ID')}/messages"
WA_TOKEN = os.getenv("WA_TOKEN")
WA_VERIFY_TOKEN = os.getenv("WA_VERIFY_TOKEN")
FRESHDESK_DOMAIN = "harbourcu.freshdesk.com"
FRESHDESK_API_KEY = os.getenv("FRESHDESK_API_KEY")
FRESHDESK_GROUP_MEMBER_SERVICES = 43000612207
