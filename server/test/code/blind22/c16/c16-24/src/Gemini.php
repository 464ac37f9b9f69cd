<?php

namespace LvivNet;

use GuzzleHttp\Client;

final class Gemini
{
    public static function ask(string $system, array $history): string
    {
        $contents = array_map(fn ($m) => [
            'role'  => $m['role'] === 'assistant' ? 'model' : 'user',
            'parts' => [['text' => $m['text']]],
        ], $history);

        $res = (new Client(['timeout' => 30]))->post(
            'https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent',
            [
                'query' => ['key' => getenv('GEMINI_API_KEY')],
                'json'  => [
                    'system_instruction' => ['parts' => [['text' => $system]]],
                    'contents'           => $contents,
                    'generationConfig'   => ['temperature' => 0.3, 'maxOutputTokens' => 500],
                ],
            ]
        );
        $data = json_decode((string) $res->getBody(), true);
        return $data['candidates'][0]['content']['parts'][0]['text'] ?? 'Вибачте, сталася помилка. Спробуйте ще раз.';
    }
}
