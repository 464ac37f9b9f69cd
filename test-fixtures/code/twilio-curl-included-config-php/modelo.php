<?php

function preguntar(array $ajustes, array $historial): string
{
    $ch = curl_init('https://api.openai.com/v1/chat/completions');
    //    ^^^^ flow/open-domain-llm
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_HTTPHEADER => ['Content-Type: application/json', 'Authorization: Bearer ' . getenv('OPENAI_API_KEY')],
        CURLOPT_POSTFIELDS => json_encode([
            'model' => $ajustes['modelo'],
            'messages' => array_merge([['role' => 'system', 'content' => $ajustes['llm']['instrucciones']]], $historial),
        ]),
    ]);
    $datos = json_decode(curl_exec($ch), true);
    curl_close($ch);
    return $datos['choices'][0]['message']['content'] ?? 'Inténtalo más tarde.';
}
