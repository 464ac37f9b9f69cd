<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

class Gemini
{
    public function chat(string $system, array $contents): string
    {
        $model = config('wabot.gemini_model');
        $res = Http::timeout(30)->post(
            "https://generativelanguage.googleapis.com/v1beta/models/{$model}:generateContent?key=" . config('wabot.gemini_key'),
            [
                'systemInstruction' => ['parts' => [['text' => $system]]],
                'contents' => $contents,
                'generationConfig' => ['temperature' => 0.5, 'maxOutputTokens' => 600],
            ]
        );

        return $res->json('candidates.0.content.parts.0.text') ?? 'عذراً، حدث خطأ. حاول مرة ثانية.';
    }
}
