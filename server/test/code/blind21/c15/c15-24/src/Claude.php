<?php

namespace DarZitoun;

use GuzzleHttp\Client;

final class Claude
{
    private Client $http;

    public function __construct(private string $system)
    {
        $this->http = new Client([
            'base_uri' => 'https://api.anthropic.com/v1/',
            'headers' => [
                'x-api-key' => $_ENV['ANTHROPIC_API_KEY'],
                'anthropic-version' => '2023-06-01',
                'content-type' => 'application/json',
            ],
            'timeout' => 60,
        ]);
    }

    /** @param array<int,array{role:string,content:mixed}> $messages */
    public function message(array $messages, array $tools): array
    {
        $res = $this->http->post('messages', ['json' => [
            'model' => $_ENV['ANTHROPIC_MODEL'] ?? 'claude-3-5-haiku-latest',
            'max_tokens' => 600,
            'system' => $this->system,
            'tools' => $tools,
            'messages' => $messages,
        ]]);

        return json_decode((string) $res->getBody(), true);
    }
}
