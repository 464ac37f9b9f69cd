<?php

use App\Http\Controllers\WhatsAppController;
use Illuminate\Support\Facades\Route;

Route::get('/whatsapp/webhook', [WhatsAppController::class, 'verificar']);
Route::post('/whatsapp/webhook', [WhatsAppController::class, 'recibir']);
