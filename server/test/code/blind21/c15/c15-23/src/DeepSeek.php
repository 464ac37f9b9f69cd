<?php

namespace ForcaTotal;

use GuzzleHttp\Client;

/** Chamada crua ao endpoint compatível com OpenAI da DeepSeek. */
final class DeepSeek
{
    private Client $http;

    public function __construct()
    {
        $this->http = new Client([
            'base_uri' => 'https://api.deepseek.com/',
            'headers' => [
                'Authorization' => 'Bearer ' . $_ENV['DEEPSEEK_API_KEY'],
                'Content-Type' => 'application/json',
            ],
            'timeout' => 60,
        ]);
    }

    public function responder(string $sistema, array $historico): string
    {
        $res = $this->http->post('chat/completions', [
            'json' => [
                'model' => $_ENV['DEEPSEEK_MODEL'] ?? 'deepseek-chat',
                'messages' => array_merge([['role' => 'system', 'content' => $sistema]], $historico),
                'temperature' => 0.8,
                'max_tokens' => 500,
            ],
        ]);
        $data = json_decode((string) $res->getBody(), true);

        return trim($data['choices'][0]['message']['content'] ?? '');
    }
}
