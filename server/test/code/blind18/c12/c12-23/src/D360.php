<?php

namespace Webfarm\Wa;

use GuzzleHttp\Client;

final class D360
{
    public static function invia(string $to, string $testo): void
    {
        (new Client())->post('https://waba-v2.360dialog.io/messages', [
            'headers' => ['D360-API-KEY' => $_ENV['D360_API_KEY']],
            'json' => [
                'messaging_product' => 'whatsapp',
                'recipient_type' => 'individual',
                'to' => $to,
                'type' => 'text',
                'text' => ['body' => $testo],
            ],
        ]);
    }
}
