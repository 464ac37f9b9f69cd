from django.urls import path
from whatsapp import views

urlpatterns = [path("twilio/conversations/webhook/", views.conversations_webhook)]
