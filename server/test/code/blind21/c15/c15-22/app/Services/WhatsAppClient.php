<?php

namespace App\Services;

use GuzzleHttp\Client;

class WhatsAppClient
{
    private Client $http;

    public function __construct()
    {
        $this->http = new Client([
            'base_uri' => 'https://graph.facebook.com/v21.0/',
            'headers' => ['Authorization' => 'Bearer ' . config('services.whatsapp.token')],
            'timeout' => 10,
        ]);
    }

    public function enviarTexto(string $to, string $texto): void
    {
        $this->http->post(config('services.whatsapp.phone_id') . '/messages', [
            'json' => [
                'messaging_product' => 'whatsapp',
                'to' => $to,
                'type' => 'text',
                'text' => ['body' => $texto],
            ],
        ]);
    }
}
