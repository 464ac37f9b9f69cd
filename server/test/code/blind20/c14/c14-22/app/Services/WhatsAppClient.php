<?php

namespace App\Services;

use GuzzleHttp\Client;

class WhatsAppClient
{
    private Client $http;

    public function __construct()
    {
        $this->http = new Client([
            'base_uri' => sprintf('https://graph.facebook.com/%s/', config('whatsapp.graph_version')),
            'timeout' => 10,
            'headers' => ['Authorization' => 'Bearer ' . config('whatsapp.token')],
        ]);
    }

    public function sendText(string $to, string $body): void
    {
        $this->http->post(config('whatsapp.phone_number_id') . '/messages', [
            'json' => [
                'messaging_product' => 'whatsapp',
                'to' => $to,
                'type' => 'text',
                'text' => ['body' => $body],
            ],
        ]);
    }
}
