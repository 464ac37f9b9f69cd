<?php

function post_json(string $url, array $body, array $headers): array
{
    $ch = curl_init($url);
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_HTTPHEADER => array_merge(['Content-Type: application/json'], $headers),
        CURLOPT_POSTFIELDS => json_encode($body, JSON_UNESCAPED_UNICODE),
        CURLOPT_TIMEOUT => 60,
    ]);
    $res = curl_exec($ch);
    curl_close($ch);
    return json_decode($res ?: '{}', true) ?? [];
}

function yapay_zeka(array $mesajlar): string
{
    $r = post_json('https://api.openai.com/v1/chat/completions', [
        'model' => MODEL,
        'messages' => array_merge([['role' => 'system', 'content' => SISTEM_MESAJI]], $mesajlar),
    ], ['Authorization: Bearer ' . OPENAI_KEY]);
    return $r['choices'][0]['message']['content'] ?? 'Şu an cevap veremiyorum, biraz sonra tekrar dener misin?';
}

function whatsapp_gonder(string $kime, string $metin): void
{
    post_json('https://waba-v2.360dialog.io/messages', [
        'messaging_product' => 'whatsapp',
        'recipient_type' => 'individual',
        'to' => $kime,
        'type' => 'text',
        'text' => ['body' => $metin],
    ], ['D360-API-KEY: ' . D360_KEY]);
}

function gecmis_oku(string $no): array
{
    $f = GECMIS_DIZINI . "/$no.json";
    return is_file($f) ? json_decode(file_get_contents($f), true) : [];
}

function gecmis_yaz(string $no, array $g): void
{
    @mkdir(GECMIS_DIZINI, 0775, true);
    file_put_contents(GECMIS_DIZINI . "/$no.json", json_encode(array_slice($g, -20), JSON_UNESCAPED_UNICODE));
}
