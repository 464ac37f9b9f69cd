<?php

use App\Http\Controllers\WhatsAppController;
use Illuminate\Support\Facades\Route;

Route::post('/twilio/whatsapp', [WhatsAppController::class, 'recibir']);
