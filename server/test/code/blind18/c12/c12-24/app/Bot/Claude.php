<?php

namespace Turia\Bot;

use GuzzleHttp\Client;

final class Claude
{
    private Client $http;

    public function __construct()
    {
        $this->http = new Client([
            'base_uri' => 'https://api.anthropic.com/v1/',
            'headers' => [
                'x-api-key' => $_ENV['ANTHROPIC_API_KEY'],
                'anthropic-version' => '2023-06-01',
                'content-type' => 'application/json',
            ],
            'timeout' => 40,
        ]);
    }

    public function messages(string $system, array $messages, array $tools): array
    {
        $res = $this->http->post('messages', ['json' => [
            'model' => 'claude-3-5-haiku-20241022',
            'max_tokens' => 700,
            'system' => $system,
            'messages' => $messages,
            'tools' => $tools,
        ]]);
        return json_decode((string) $res->getBody(), true);
    }
}
