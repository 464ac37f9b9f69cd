<?php

namespace App\Http\Controllers;

use App\Services\AssistantService;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;

class WhatsAppWebhookController extends Controller
{
    public function __construct(private AssistantService $assistant)
    {
    }

    public function verify(Request $request)
    {
        if ($request->query('hub_verify_token') === env('WHATSAPP_VERIFY_TOKEN')) {
            return response($request->query('hub_challenge'), 200);
        }

        return response('Forbidden', 403);
    }

    public function handle(Request $request)
    {
        $message = data_get($request->all(), 'entry.0.changes.0.value.messages.0');

        if (! $message || ($message['type'] ?? null) !== 'text') {
            return response()->json(['status' => 'ignored']);
        }

        try {
            $answer = $this->assistant->reply($message['from'], $message['text']['body']);
            $this->send($message['from'], $answer);
        } catch (\Throwable $e) {
            Log::error('whatsapp reply failed', ['error' => $e->getMessage()]);
        }

        return response()->json(['status' => 'ok']);
    }

    private function send(string $to, string $body): void
    {
        Http::withToken(env('WHATSAPP_TOKEN'))
            ->post('https://graph.facebook.com/v20.0/'.env('WHATSAPP_PHONE_NUMBER_ID').'/messages', [
                'messaging_product' => 'whatsapp',
                'to'   => $to,
                'type' => 'text',
                'text' => ['body' => $body],
            ]);
    }
}
