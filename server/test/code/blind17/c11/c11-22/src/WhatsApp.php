<?php
declare(strict_types=1);

namespace Qiming\Bot;

use GuzzleHttp\Client;

final class WhatsApp
{
    private Client $http;

    public function __construct(private string $token, private string $phoneId)
    {
        $this->http = new Client(['base_uri' => 'https://graph.facebook.com/v21.0/', 'timeout' => 15]);
    }

    public function send(string $to, string $text): void
    {
        $this->http->post("{$this->phoneId}/messages", [
            'headers' => ['Authorization' => "Bearer {$this->token}"],
            'json' => [
                'messaging_product' => 'whatsapp',
                'to' => $to,
                'type' => 'text',
                'text' => ['body' => $text],
            ],
        ]);
    }
}
