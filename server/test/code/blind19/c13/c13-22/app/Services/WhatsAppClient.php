<?php

namespace App\Services;

use GuzzleHttp\Client;

class WhatsAppClient
{
    private Client $http;

    public function __construct()
    {
        $this->http = new Client(['base_uri' => config('whatsapp.graph_url') . '/', 'timeout' => 10]);
    }

    public function sendText(string $to, string $body): void
    {
        $this->http->post(config('whatsapp.phone_id') . '/messages', [
            'headers' => ['Authorization' => 'Bearer ' . config('whatsapp.token')],
            'json' => [
                'messaging_product' => 'whatsapp',
                'to' => $to,
                'type' => 'text',
                'text' => ['body' => $body],
            ],
        ]);
    }
}
