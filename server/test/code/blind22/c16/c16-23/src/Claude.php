<?php

namespace Concierge;

use GuzzleHttp\Client;

final class Claude
{
    private Client $http;

    public function __construct(private string $apiKey, private string $model, private string $system)
    {
        $this->http = new Client(['base_uri' => 'https://api.anthropic.com/', 'timeout' => 40]);
    }

    /** @param array<int, array{role:string, content:string}> $messages */
    public function reply(array $messages): string
    {
        $res = $this->http->post('v1/messages', [
            'headers' => [
                'x-api-key'         => $this->apiKey,
                'anthropic-version' => '2023-06-01',
            ],
            'json' => [
                'model'      => $this->model,
                'max_tokens' => 600,
                'system'     => $this->system,
                'messages'   => $messages,
            ],
        ]);
        $data = json_decode((string) $res->getBody(), true);
        $out = '';
        foreach ($data['content'] ?? [] as $block) {
            if (($block['type'] ?? '') === 'text') {
                $out .= $block['text'];
            }
        }
        return trim($out);
    }
}
