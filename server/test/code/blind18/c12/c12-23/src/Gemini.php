<?php

namespace Webfarm\Wa;

use GuzzleHttp\Client;

final class Gemini
{
    public function __construct(private string $model, private Client $http = new Client(['timeout' => 30])) {}

    public function rispondi(string $system, array $storico): string
    {
        $url = "https://generativelanguage.googleapis.com/v1beta/models/{$this->model}:generateContent?key=" . $_ENV['GEMINI_API_KEY'];
        $res = $this->http->post($url, ['json' => [
            'systemInstruction' => ['parts' => [['text' => $system]]],
            'contents' => $storico,
            'generationConfig' => ['temperature' => 0.6, 'maxOutputTokens' => 512],
        ]]);
        $data = json_decode((string) $res->getBody(), true);
        return $data['candidates'][0]['content']['parts'][0]['text'] ?? 'Scusa, riprova tra poco.';
    }
}
