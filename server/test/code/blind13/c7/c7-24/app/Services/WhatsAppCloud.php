<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

class WhatsAppCloud
{
    public function sendText(string $to, string $body): void
    {
        Http::withToken(config('services.whatsapp.token'))
            ->post(sprintf('https://graph.facebook.com/v21.0/%s/messages', config('services.whatsapp.phone_number_id')), [
                'messaging_product' => 'whatsapp',
                'to' => $to,
                'type' => 'text',
                'text' => ['body' => $body],
            ])->throw();
    }
}
