from django.urls import path

from waassist import views

urlpatterns = [path("whatsapp/webhook", views.webhook)]
