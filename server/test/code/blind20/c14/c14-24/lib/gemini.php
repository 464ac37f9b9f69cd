<?php

/**
 * Gemini REST (generateContent), no SDK.
 * @param array<int, array{role:string, text:string}> $turns
 */
function gemini_reply(string $system, array $turns): string
{
    $model = getenv('GEMINI_MODEL') ?: 'gemini-2.0-flash';
    $url = "https://generativelanguage.googleapis.com/v1beta/models/{$model}:generateContent";

    $contents = array_map(fn($t) => [
        'role' => $t['role'],
        'parts' => [['text' => $t['text']]],
    ], $turns);

    $payload = [
        'systemInstruction' => ['parts' => [['text' => $system]]],
        'contents' => $contents,
        'generationConfig' => ['temperature' => 0.4, 'maxOutputTokens' => 600],
    ];

    $ch = curl_init($url);
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_TIMEOUT => 30,
        CURLOPT_HTTPHEADER => ['Content-Type: application/json', 'x-goog-api-key: ' . getenv('GEMINI_API_KEY')],
        CURLOPT_POSTFIELDS => json_encode($payload, JSON_UNESCAPED_UNICODE),
    ]);
    $raw = curl_exec($ch);
    curl_close($ch);

    $data = json_decode((string) $raw, true);
    return $data['candidates'][0]['content']['parts'][0]['text'] ?? '';
}
