<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

class Dialog360
{
    public function sendText(string $to, string $body): void
    {
        Http::withHeaders(['D360-API-KEY' => config('wabot.d360_key')])
            ->post('https://waba-v2.360dialog.io/messages', [
                'messaging_product' => 'whatsapp',
                'recipient_type' => 'individual',
                'to' => $to,
                'type' => 'text',
                'text' => ['body' => $body],
            ]);
    }
}
