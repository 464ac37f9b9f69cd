import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["wa.kwikbank.co.ke"]
INSTALLED_APPS = ["django.contrib.contenttypes", "django.contrib.auth", "whatsapp"]
ROOT_URLCONF = "kwikbank.urls"
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "kwikwa"}}

TWILIO_ACCOUNT_SID = os.environ.get("TWILIO_ACCOUNT_SID")
TWILIO_AUTH_TOKEN = os.environ.get("TWILIO_AUTH_TOKEN")
TWILIO_CONVERSATIONS_SERVICE = os.environ.get("TWILIO_CONVERSATIONS_SERVICE")
FLEX_WORKFLOW_SID = os.environ.get("FLEX_WORKFLOW_SID")
FLEX_WORKSPACE_SID = os.environ.get("FLEX_WORKSPACE_SID")
OPENAI_MODEL = "gpt-4o"
