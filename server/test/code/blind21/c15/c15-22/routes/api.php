<?php

use App\Http\Controllers\WhatsAppWebhookController;
use Illuminate\Support\Facades\Route;

Route::get('/whatsapp/webhook', [WhatsAppWebhookController::class, 'verificar']);
Route::post('/whatsapp/webhook', [WhatsAppWebhookController::class, 'recibir']);
