<?php

namespace BotFabryka;

use GuzzleHttp\Client;

final class Claude
{
    private Client $http;

    public function __construct(private string $apiKey)
    {
        $this->http = new Client(['base_uri' => 'https://api.anthropic.com/', 'timeout' => 30]);
    }

    public function ask(string $system, array $messages): string
    {
        $res = $this->http->post('v1/messages', [
            'headers' => [
                'x-api-key' => $this->apiKey,
                'anthropic-version' => '2023-06-01',
            ],
            'json' => [
                'model' => 'claude-3-5-haiku-20241022',
                'max_tokens' => 500,
                'system' => $system,
                'messages' => $messages,
            ],
        ]);
        $data = json_decode((string) $res->getBody(), true);
        return implode('', array_map(fn ($b) => $b['text'] ?? '', $data['content'] ?? []));
    }
}
