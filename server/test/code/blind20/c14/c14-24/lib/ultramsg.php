<?php

function ultramsg_send(string $to, string $body): void
{
    $instance = getenv('ULTRAMSG_INSTANCE');
    $ch = curl_init("https://api.ultramsg.com/{$instance}/messages/chat");
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_TIMEOUT => 15,
        CURLOPT_POSTFIELDS => http_build_query([
            'token' => getenv('ULTRAMSG_TOKEN'),
            'to' => $to,
            'body' => $body,
        ]),
        CURLOPT_HTTPHEADER => ['Content-Type: application/x-www-form-urlencoded'],
    ]);
    $res = curl_exec($ch);
    if ($res === false) {
        error_log('ultramsg: ' . curl_error($ch));
    }
    curl_close($ch);
}
