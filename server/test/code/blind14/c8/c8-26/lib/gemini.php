<?php

function gemini_reply(array $history, string $userText): string
{
    $contents = [
        ['role' => 'user', 'parts' => [['text' => FIXPHONE_CONSIGNES]]],
        ['role' => 'model', 'parts' => [['text' => "D'accord, je suis l'assistant FixPhone."]]],
    ];
    foreach ($history as $h) {
        $contents[] = ['role' => $h['role'], 'parts' => [['text' => $h['text']]]];
    }
    $contents[] = ['role' => 'user', 'parts' => [['text' => $userText]]];

    $url = 'https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent?key=' . $_ENV['GEMINI_API_KEY'];
    $ch = curl_init($url);
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_HTTPHEADER => ['Content-Type: application/json'],
        CURLOPT_POSTFIELDS => json_encode(['contents' => $contents, 'generationConfig' => ['temperature' => 0.6]]),
        CURLOPT_TIMEOUT => 30,
    ]);
    $res = json_decode(curl_exec($ch), true);
    curl_close($ch);

    return $res['candidates'][0]['content']['parts'][0]['text'] ?? "Désolé, petit souci technique, réessayez dans un instant.";
}
