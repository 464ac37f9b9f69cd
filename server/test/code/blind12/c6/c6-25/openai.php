<?php

function chat_completion(array $cfg, array $messages): string
{
    $ch = curl_init('https://api.openai.com/v1/chat/completions');
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_TIMEOUT => 30,
        CURLOPT_HTTPHEADER => [
            'Content-Type: application/json',
            'Authorization: Bearer ' . $cfg['openai_key'],
        ],
        CURLOPT_POSTFIELDS => json_encode([
            'model' => $cfg['model'],
            'messages' => array_merge([['role' => 'system', 'content' => $cfg['system']]], $messages),
        ]),
    ]);
    $raw = curl_exec($ch);
    curl_close($ch);
    $data = json_decode($raw, true);
    return $data['choices'][0]['message']['content'] ?? "Sorry, I couldn't get an answer right now.";
}
