<?php

namespace Bot;

use GuzzleHttp\Client;

final class Claude
{
    private Client $http;

    public function __construct(private array $cfg)
    {
        $this->http = new Client(['base_uri' => 'https://api.anthropic.com/v1/', 'timeout' => 20]);
    }

    public function reply(string $system, string $userText): string
    {
        $res = $this->http->post('messages', [
            'headers' => [
                'x-api-key' => $this->cfg['key'],
                'anthropic-version' => '2023-06-01',
            ],
            'json' => [
                'model' => $this->cfg['model'],
                'max_tokens' => 500,
                'system' => $system,
                'messages' => [['role' => 'user', 'content' => $userText]],
            ],
        ]);
        $data = json_decode((string) $res->getBody(), true);
        return $data['content'][0]['text'] ?? 'Scusa, riprova tra poco!';
    }
}
