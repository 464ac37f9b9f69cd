<?php

namespace Conectar;

use GuzzleHttp\Client;

final class Gemini
{
    private Client $http;

    public function __construct(private string $apiKey, private string $model = 'gemini-1.5-flash')
    {
        $this->http = new Client(['base_uri' => 'https://generativelanguage.googleapis.com/', 'timeout' => 20]);
    }

    /** @param array<int, array{role:string, text:string}> $turnos */
    public function responder(string $sistema, array $turnos): string
    {
        $res = $this->http->post("v1beta/models/{$this->model}:generateContent", [
            'query' => ['key' => $this->apiKey],
            'json' => [
                'systemInstruction' => ['parts' => [['text' => $sistema]]],
                'contents' => array_map(
                    fn ($t) => ['role' => $t['role'], 'parts' => [['text' => $t['text']]]],
                    $turnos
                ),
                'generationConfig' => ['temperature' => 0.7, 'maxOutputTokens' => 512],
            ],
        ]);
        $data = json_decode((string) $res->getBody(), true);

        return $data['candidates'][0]['content']['parts'][0]['text'] ?? 'Perdón, no pude responder. Probá de nuevo.';
    }
}
