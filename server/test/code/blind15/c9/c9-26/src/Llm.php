<?php

namespace LaNonna;

use GuzzleHttp\Client;

final class Llm
{
    private Client $http;

    public function __construct()
    {
        $this->http = new Client([
            'base_uri' => $_ENV['LLM_BASE_URL'] ?? 'https://openrouter.ai/api/v1/',
            'timeout' => 30,
            'headers' => [
                'Authorization' => 'Bearer ' . $_ENV['LLM_API_KEY'],
                'HTTP-Referer' => 'https://lanonna.com.ar',
                'X-Title' => 'La Nonna pedidos',
            ],
        ]);
    }

    /** @param array<int, array{role:string, content:string}> $history */
    public function reply(array $history): string
    {
        $res = $this->http->post('chat/completions', [
            'json' => [
                'model' => $_ENV['LLM_MODEL'] ?? 'meta-llama/llama-3.3-70b-instruct',
                'messages' => array_merge([['role' => 'system', 'content' => Prompt::system()]], $history),
                'temperature' => 0.3,
            ],
        ]);
        $data = json_decode((string) $res->getBody(), true);
        return trim($data['choices'][0]['message']['content'] ?? 'Perdón, se me trabó algo. ¿Me repetís?');
    }
}
