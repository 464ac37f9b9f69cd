<?php

namespace CheBot;

use GuzzleHttp\Client;

final class Claude
{
    private Client $http;

    public function __construct(private array $cfg)
    {
        $this->http = new Client([
            'base_uri' => 'https://api.anthropic.com/v1/',
            'timeout' => 30,
            'headers' => [
                'x-api-key' => $_ENV['ANTHROPIC_API_KEY'],
                'anthropic-version' => '2023-06-01',
                'content-type' => 'application/json',
            ],
        ]);
    }

    public function system(): string
    {
        return implode("\n\n", array_values($this->cfg['instrucciones']));
    }

    /** @param array<int, array{role:string, content:string}> $messages */
    public function ask(array $messages): string
    {
        $res = $this->http->post('messages', ['json' => [
            'model' => $this->cfg['modelo'],
            'max_tokens' => $this->cfg['max_tokens'],
            'system' => $this->system(),
            'messages' => $messages,
        ]]);
        $data = json_decode((string) $res->getBody(), true);
        $text = '';
        foreach ($data['content'] ?? [] as $block) {
            if (($block['type'] ?? '') === 'text') {
                $text .= $block['text'];
            }
        }
        return trim($text);
    }
}
