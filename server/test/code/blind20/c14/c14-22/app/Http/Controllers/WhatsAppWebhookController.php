<?php

namespace App\Http\Controllers;

use App\Services\SecretariaAssistant;
use App\Services\WhatsAppClient;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;

class WhatsAppWebhookController extends Controller
{
    public function verify(Request $request)
    {
        if ($request->query('hub_mode') === 'subscribe'
            && $request->query('hub_verify_token') === config('whatsapp.verify_token')) {
            return response($request->query('hub_challenge'), 200);
        }
        return response('Forbidden', 403);
    }

    public function receive(Request $request, SecretariaAssistant $assistant, WhatsAppClient $wa)
    {
        $message = data_get($request->all(), 'entry.0.changes.0.value.messages.0');
        if (!$message || ($message['type'] ?? null) !== 'text') {
            return response()->json(['ok' => true]);
        }

        try {
            $wa->sendText($message['from'], $assistant->reply($message['from'], $message['text']['body']));
        } catch (\Throwable $e) {
            Log::error('whatsapp.reply_failed', ['error' => $e->getMessage()]);
        }

        return response()->json(['ok' => true]);
    }
}
